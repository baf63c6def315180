"""Related briefs: shared themes combined with text similarity (TF-IDF cosine).

Similarities are computed with sparse matrix products in row blocks and a
top-k selection per row, so the cost stays near-linear in memory and never
loops over pairs in Python (5,000 briefs: 5,000 rows of at most k results);
the words of every chosen pair's reason are found in one product of the
pairs' weights, not pair by pair.
A brief's words (its title and text, analysed as TF-IDF reads them) depend on
it alone: they are found when it is converted and cached with it
(``brief_terms``), so a rebuild weighs the words again but does not read every
text again; when no brief's words, themes or slug changed, the build takes the
related briefs from its cache instead (``related_key``: build/pipeline.py).
"""

from __future__ import annotations

import hashlib
import json

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


def related_key(briefs: list[Brief], taxonomy: Taxonomy, version: str) -> str:
    """A hash of everything ``relate`` reads, and of the code ``version``: each brief's slug, words and themes, in
    order, and each theme's id and label (a reason names the themes two briefs share)."""
    data = json.dumps([[[t.id, t.label] for t in taxonomy.themes], [[b.slug, b.terms or brief_terms(b), b.themes] for b in briefs]])
    return hashlib.sha256(version.encode() + b"\0" + data.encode()).hexdigest()


def relate(briefs: list[Brief], taxonomy: Taxonomy) -> None:
    """Fill ``brief.related`` with 3–5 ``{slug, score, reason}`` entries, best first; never the brief itself."""
    n = len(briefs)
    for brief in briefs:
        brief.related = []
    if n < 2:
        return
    text, vocabulary, distinctive = tfidf_weights(briefs)
    ids = {t: i for i, t in enumerate(taxonomy.ids)}
    themes = np.zeros((n, max(len(ids), 1)), dtype=np.float32)
    for row, brief in enumerate(briefs):
        for theme in brief.themes:
            if theme in ids:
                themes[row, ids[theme]] = 1.0
    sizes = themes.sum(axis=1)
    pairs: list[tuple[int, int, float]] = []  # (brief, related brief, score), each brief's best first
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
            pairs += [(row, i, score[offset, i]) for i in _pick(briefs, score[offset])]
    words = _shared_words(text, [p[0] for p in pairs], [p[1] for p in pairs], vocabulary, distinctive)
    labels: dict[str, str] = {}
    for theme in taxonomy.themes:
        labels.setdefault(theme.id, theme.label)
    for (row, col, score), shared_words in zip(pairs, words, strict=True):
        brief, other = briefs[row], briefs[col]
        brief.related.append({"slug": other.slug, "score": round(float(score), 4), "reason": _reason(brief, other, shared_words, labels)})


def tfidf_weights(briefs: list[Brief]):
    """Each brief's TF-IDF weights (a CSR row per brief), the vocabulary, and which words are distinctive (not in
    every brief: they explain nothing)."""
    n = len(briefs)
    large = n >= LARGE_CORPUS  # drop rare and ubiquitous words: fewer non-zeros, far cheaper products
    vectorizer = TfidfVectorizer(
        analyzer=str.split, sublinear_tf=True, dtype=np.float32,  # the words were analysed already (brief_terms)
        max_df=0.5 if large else (0.9 if n >= 10 else 1.0), min_df=2 if large else 1, max_features=MAX_FEATURES if large else None,
    )
    text = vectorizer.fit_transform([b.terms or brief_terms(b) for b in briefs]).tocsr()
    distinctive = vectorizer.idf_ > vectorizer.idf_.min() + 1e-6
    return text, vectorizer.get_feature_names_out(), distinctive


def _pick(briefs: list[Brief], scores) -> list[int]:
    """The rows of a brief's related briefs, best first: at least MIN_RELATED, then those scoring half the best."""
    k = min(MAX_RELATED, len(scores) - 1)
    top = np.argpartition(-scores, k - 1)[:k] if k < len(scores) else np.arange(len(scores))
    top = sorted((int(i) for i in top if scores[i] > 0), key=lambda i: (-scores[i], briefs[i].slug))
    if not top:
        return []
    best = scores[top[0]]
    return [i for j, i in enumerate(top) if j < MIN_RELATED or scores[i] >= best / 2]


def _shared_words(text, rows: list[int], cols: list[int], vocabulary, distinctive) -> list[list[str]]:
    """For each pair (rows[i], cols[i]), the three distinctive words of both briefs whose weights multiply to the
    most, in that order (ties: the vocabulary's order). All pairs at once: the weights of both briefs of every
    pair multiplied in one sparse product, then sorted by pair, product and word."""
    if not rows:
        return []
    products = text[rows].multiply(text[cols]).tocsr()
    pair = np.repeat(np.arange(len(rows)), np.diff(products.indptr))
    word, weight = products.indices, products.data
    keep = distinctive[word]
    pair, word, weight = pair[keep], word[keep], weight[keep]
    order = _by_pair_weight_word(pair, weight, word, len(vocabulary))
    pair, word = pair[order], word[order]
    first = np.searchsorted(pair, pair)  # where each pair's words start
    top = (np.arange(len(pair)) - first) < 3
    found: list[list[str]] = [[] for _ in rows]
    for p, w in zip(pair[top].tolist(), word[top].tolist(), strict=True):
        found[p].append(str(vocabulary[w]))
    return found


def _by_pair_weight_word(pair, weight, word, words: int):
    """The order that sorts by pair, then weight (greatest first), then word. One sort of a 64-bit key when the three
    fit in one (a positive float32's bits, read as an integer, sort as it does), else a lexsort (four times slower)."""
    if not len(pair):
        return np.arange(0)
    word_bits, pair_bits = max(words - 1, 1).bit_length(), max(int(pair[-1]), 1).bit_length()
    if pair_bits + 31 + word_bits > 64 or not (weight > 0).all():
        return np.lexsort((word, -weight, pair))
    lighter = np.uint64(0x7FFFFFFF) - weight.astype(np.float32).view(np.uint32).astype(np.uint64)  # heaviest first
    key = (pair.astype(np.uint64) << np.uint64(31 + word_bits)) | (lighter << np.uint64(word_bits)) | word.astype(np.uint64)
    return np.argsort(key)


def _reason(brief: Brief, other: Brief, words: list[str], labels: dict[str, str]) -> str:
    """Why ``other`` is related to ``brief``: the themes they share (four at most), their most similar words."""
    shared = [labels.get(t, t) for t in brief.themes if t in other.themes]
    parts = []
    if shared:
        parts.append("shares: " + ", ".join(shared[:4]))
    if words:
        parts.append("similar wording: " + ", ".join(words))
    return "; ".join(parts)
