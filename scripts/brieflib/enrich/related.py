"""Related briefs: shared themes combined with text similarity (TF-IDF cosine).

Similarities are computed with sparse matrix products in row blocks and a
top-k selection per row, so the cost stays near-linear in memory and never
loops over pairs in Python (5,000 briefs: 5,000 rows of at most k results).
A brief's words (its title and text, analysed as TF-IDF reads them) depend on
it alone: they are found when it is converted and cached with it
(``brief_terms``), so a rebuild weighs the words again but does not read every
text again.
"""

from __future__ import annotations

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from brieflib.enrich.taxonomy import Taxonomy
from brieflib.model.brief import Brief
from brieflib.model.text import plain

MIN_RELATED, MAX_RELATED = 3, 5
TEXT_WEIGHT, THEME_WEIGHT = 0.5, 0.5
BLOCK_ROWS = 512
LARGE_CORPUS = 200
MAX_FEATURES = 20000


# TF-IDF's own analysis: lowercased words of two or more letters or digits, English stop words left out.
_ANALYSE = TfidfVectorizer(stop_words="english").build_analyzer()


def _document(brief: Brief) -> str:
    return " ".join([brief.title or "", *(plain(b.text) for b in brief.blocks if b.kind != "heading")])


def brief_terms(brief: Brief) -> str:
    """The words of its title and text that relate it to other briefs, in order, separated by spaces (none has one)."""
    return " ".join(_ANALYSE(_document(brief)))


def relate(briefs: list[Brief], taxonomy: Taxonomy) -> None:
    """Fill ``brief.related`` with 3–5 ``{slug, score, reason}`` entries, best first; never the brief itself."""
    n = len(briefs)
    for brief in briefs:
        brief.related = []
    if n < 2:
        return
    large = n >= LARGE_CORPUS  # drop rare and ubiquitous words: fewer non-zeros, far cheaper products
    vectorizer = TfidfVectorizer(
        analyzer=str.split, sublinear_tf=True, dtype=np.float32,  # the words were analysed already (brief_terms)
        max_df=0.5 if large else (0.9 if n >= 10 else 1.0), min_df=2 if large else 1, max_features=MAX_FEATURES if large else None,
    )
    text = vectorizer.fit_transform([b.terms or brief_terms(b) for b in briefs]).tocsr()
    vocabulary = vectorizer.get_feature_names_out()
    # Words found in every brief explain nothing: leave them out of the reasons.
    distinctive = vectorizer.idf_ > vectorizer.idf_.min() + 1e-6
    ids = {t: i for i, t in enumerate(taxonomy.ids)}
    themes = np.zeros((n, max(len(ids), 1)), dtype=np.float32)
    for row, brief in enumerate(briefs):
        for theme in brief.themes:
            if theme in ids:
                themes[row, ids[theme]] = 1.0
    sizes = themes.sum(axis=1)
    for start in range(0, n, BLOCK_ROWS):
        stop = min(start + BLOCK_ROWS, n)
        cosine = (text[start:stop] @ text.T).toarray()
        shared = themes[start:stop] @ themes.T
        union = sizes[start:stop, None] + sizes[None, :] - shared
        jaccard = np.divide(shared, union, out=np.zeros_like(shared), where=union > 0)
        score = TEXT_WEIGHT * cosine + THEME_WEIGHT * jaccard
        for offset in range(stop - start):
            row = start + offset
            score[offset, row] = -1.0  # never the brief itself
            _pick(briefs, row, score[offset], text, (vocabulary, distinctive), taxonomy)


def _pick(briefs, row, scores, text, vocabulary, taxonomy) -> None:
    k = min(MAX_RELATED, len(scores) - 1)
    top = np.argpartition(-scores, k - 1)[:k] if k < len(scores) else np.arange(len(scores))
    top = sorted((int(i) for i in top if scores[i] > 0), key=lambda i: (-scores[i], briefs[i].slug))
    if not top:
        return
    best = scores[top[0]]
    chosen = [i for j, i in enumerate(top) if j < MIN_RELATED or scores[i] >= best / 2]
    brief = briefs[row]
    for i in chosen:
        other = briefs[i]
        brief.related.append({"slug": other.slug, "score": round(float(scores[i]), 4), "reason": _reason(brief, other, row, i, text, vocabulary, taxonomy)})


def _row(matrix, row: int):
    """A CSR row's column indices and values, straight from the arrays."""
    start, end = matrix.indptr[row], matrix.indptr[row + 1]
    return matrix.indices[start:end], matrix.data[start:end]


def _reason(brief, other, row, col, text, vocabulary, taxonomy) -> str:
    shared = [t for t in brief.themes if t in other.themes]
    labels = [(taxonomy.get(t).label if taxonomy.get(t) else t) for t in shared]
    parts = []
    if labels:
        parts.append("shares: " + ", ".join(labels[:4]))
    words, distinctive = vocabulary
    cols, data = _row(text, row)
    other_cols, other_data = _row(text, col)
    shared, mine, theirs = np.intersect1d(cols, other_cols, assume_unique=True, return_indices=True)
    weights = data[mine] * other_data[theirs]
    keep = distinctive[shared]
    shared, weights = shared[keep], weights[keep]
    if len(shared):
        best = np.argsort(-weights, kind="stable")[:3]
        parts.append("similar wording: " + ", ".join(words[shared[i]] for i in best))
    return "; ".join(parts)
