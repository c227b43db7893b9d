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


_MIX = 0x9E3779B97F4A7C15  # Fibonacci hashing: spreads n-gram codes evenly over the columns
_SHIFT = 64 - (BLOCK.bit_length() - 1)


def _block(texts: Sequence[str]):
    """Rows of hashed character 1- and 2-gram counts (sublinear, L2-normalised), for all texts in one
    vectorised pass: ~50x faster than sklearn's pure-Python analyzer, which dominated a large import."""
    import numpy as np
    from scipy import sparse
    from sklearn.preprocessing import normalize

    if not texts:
        return sparse.csr_matrix((0, BLOCK))
    # NUL separates texts; no n-gram may contain it.
    joined = "\x00".join(t.replace("\x00", " ") for t in texts)
    codes = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    doc = np.cumsum(codes == 0).astype(np.uint64)
    real = codes != 0
    pair = real[:-1] & real[1:]
    grams = np.concatenate([codes[real], ((codes[:-1] << np.uint64(21)) ^ codes[1:] ^ np.uint64(1 << 63))[pair]])
    owner = np.concatenate([doc[real], doc[:-1][pair]])
    cols = (grams * np.uint64(_MIX)) >> np.uint64(_SHIFT)
    keys = np.sort((owner << np.uint64(32)) | cols)
    first = np.concatenate(([True], keys[1:] != keys[:-1]))
    starts = np.flatnonzero(first)
    counts = np.diff(np.append(starts, len(keys))).astype(np.float64)
    unique = keys[first]
    rows_of = (unique >> np.uint64(32)).astype(np.int64)
    indptr = np.searchsorted(rows_of, np.arange(len(texts) + 1))
    matrix = sparse.csr_matrix(((1.0 + np.log(counts)),  # sublinear tf: ten mentions are not ten times the evidence
                                (unique & np.uint64(0xFFFFFFFF)).astype(np.int64), indptr), shape=(len(texts), BLOCK))
    return normalize(matrix)


def rows(pairs: Sequence[tuple[str, str]]):
    """Feature rows (CSR, one per (title, body) pair, already folded): [title block | body block]."""
    from scipy import sparse

    titles = [t for t, _ in pairs]
    bodies = [b for _, b in pairs]
    return sparse.hstack([_block(titles) * TITLE_WEIGHT, _block(bodies)], format="csr")


def body_part(matrix):
    """Only the body block, for near-duplicate tests (titles of a re-sent story are often reworded)."""
    return matrix[:, BLOCK:]
