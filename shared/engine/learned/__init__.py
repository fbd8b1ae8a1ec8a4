"""Learned choices for the offline engine ("Offline engine II"): small linear models over sparse features, trained
by `make train` (scikit-learn, at training time only) and committed as JSON artifacts in this folder; inference here
is plain Python (a dot product and a sigmoid or softmax), so a function's cold start pays no numerical library.

Artifact format (one JSON file per model, `<name>.json`):
    {"name": ..., "made_by": "make train", "seed": 0, "trained_on": [batch, ...],
     "classes": [label, ...],                       # two or more; a binary model has ["no", "yes"]
     "weights": {label: {feature: weight, ...}},    # for a binary model only "yes"
     "bias": {label: value},
     "about": "what the model chooses and from which features"}
"""
