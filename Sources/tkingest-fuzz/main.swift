// Placeholder: the fuzz target is being written (issue 7).
import Pipeline
print("tkingest-fuzz: not yet implemented")
