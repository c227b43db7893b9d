"""`python -m jianbao.bench X`: speed figures as ratios against a peer measured in the same run.

Each benchmark prints `name: value unit` lines and ends with `ratio: N.NNx`.
"""
