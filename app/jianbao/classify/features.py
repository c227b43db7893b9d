"""Article text -> feature rows: hashed character n-grams of the script-folded title and lead."""
from __future__ import annotations

from collections.abc import Sequence

from jianbao.fold import fold

NGRAMS = (1, 2)
BLOCK = 2**17          # hashed columns per block (title, body): 2 x 131,072
TITLE_WEIGHT = 3.0     # a title names the topic; chosen by leave-one-out on the sample
BODY_CHARS = 300       # the lead carries the topic; the rest only slows training down


def folded(title: str, body: str) -> tuple[str, str]:
    """Traditional and Simplified articles must teach each other: compare them folded."""
    return fold(title or ""), fold((body or "")[: BODY_CHARS + 40])[:BODY_CHARS]


def split_text(text: str) -> tuple[str, str]:
    """An example given as one text: its first line is the title, the rest the body."""
    title, _, body = (text or "").partition("\n")
    return title, body


def _hasher():
    from sklearn.feature_extraction.text import HashingVectorizer

    # No alternate signs: naive Bayes needs non-negative counts.
    return HashingVectorizer(analyzer="char", ngram_range=NGRAMS, n_features=BLOCK, alternate_sign=False,
                             norm=None, lowercase=False)


def _block(texts: Sequence[str]):
    import numpy as np
    from sklearn.preprocessing import normalize

    counts = _hasher().transform(texts)
    counts.data = 1.0 + np.log(counts.data)  # sublinear tf: a word said ten times is not ten times the evidence
    return normalize(counts)


def rows(pairs: Sequence[tuple[str, str]]):
    """Feature rows (CSR, one per (title, body) pair, already folded): [title block | body block]."""
    from scipy import sparse

    titles = [t for t, _ in pairs]
    bodies = [b for _, b in pairs]
    return sparse.hstack([_block(titles) * TITLE_WEIGHT, _block(bodies)], format="csr")


def body_part(matrix):
    """Only the body block, for near-duplicate tests (titles of a re-sent story are often reworded)."""
    return matrix[:, BLOCK:]
