#!/usr/bin/env python3
"""Accuracy of quoteattr's stanza backend on parsed documents, and the learning of its pair weights.

    python benchmarks/stanza_accuracy.py score GOLD.jsonl PARSES.jsonl            # figures per track
    python benchmarks/stanza_accuracy.py score GOLD.jsonl PARSES.jsonl --text     # the rules on plain text
    python benchmarks/stanza_accuracy.py learn GOLD.jsonl PARSES.jsonl OUT.tsv    # weights for stanza_cues.tsv

The shipped ``quoteattr/lexicons/en/stanza_cues.tsv`` is, byte for byte::

    python benchmarks/stanza_accuracy.py learn ../shared/data/polnear.train.jsonl \
        ../shared/data/polnear.train.conllu.jsonl quoteattr/lexicons/en/stanza_cues.tsv

GOLD is a file in the common JSONL format; PARSES holds one ``{"id", "conllu"}``
object per document (CoNLL-U with ``start_char``/``end_char`` in MISC, offsets
into the document's text). Each parse becomes a ``stanza.Document`` (doc.text
set, entities built), as a real stanza pipeline would give, and goes through
``quoteattr.extract``; documents without a parse are skipped. Scoring follows
the reference scorer's rules (benchmarks/_common.py).

``learn`` fits the logistic regression whose weights
``quoteattr/lexicons/en/stanza_cues.tsv`` holds: every (cue, content) pair
that ``quoteattr.stanza`` proposes is an example, positive when its content
matches a gold non-direct quotation (Jaccard >= 0.5). It needs torch. Learn on
a training split and measure on another.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import Counter
from collections.abc import Iterator
from typing import Any

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from _common import jaccard, quote_to_dict, read_jsonl, score_documents, trim  # noqa: E402


def parsed(gold: list[dict[str, Any]], parses: str) -> Iterator[tuple[dict[str, Any], Any]]:
    """(gold document, stanza.Document) for every gold document that has a parse."""
    from stanza.utils.conll import CoNLL

    conllu: dict[str, str] = {}
    with open(parses, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
                conllu[rec["id"]] = rec["conllu"]
            except (ValueError, KeyError, TypeError) as err:
                raise SystemExit(f"{parses}:{n}: not an {{id, conllu}} object ({err})") from None
    for doc in gold:
        raw = conllu.get(doc["id"])
        if raw is None:
            continue
        sdoc = CoNLL.conll2doc(input_str=raw)
        sdoc.text = doc["text"]
        sdoc.build_ents()
        yield doc, sdoc


def cmd_score(args: argparse.Namespace) -> int:
    import quoteattr

    gold = read_jsonl(args.gold)
    used, preds = [], {}
    t0 = time.perf_counter()
    for doc, sdoc in parsed(gold, args.parses):
        quotes = quoteattr.extract(doc["text"] if args.text else sdoc)
        preds[doc["id"]] = [quote_to_dict(q) for q in quotes]
        used.append(doc)
    secs = time.perf_counter() - t0
    if not used:
        print(f"no document of {args.gold} has a parse in {args.parses}", file=sys.stderr)
        return 1
    figs = score_documents(used, preds)
    if args.json:
        print(json.dumps(figs, indent=1))
        return 0
    print(f"{len(used)} of {len(gold)} documents parsed; {'rules on the text' if args.text else 'parsed'}; "
          f"{secs:.1f} s")
    keys = ["gold", "pred", "span_f1", "exact_f1", "speaker_acc", "attr_f1"]
    print(f"{'track':9}" + "".join(f"{k:>12}" for k in keys))
    for track, f in figs.items():
        print(f"{track:9}" + "".join(f"{f[k]:12d}" if isinstance(f[k], int) else f"{f[k]:12.3f}" for k in keys))
    return 0


def examples(gold: list[dict[str, Any]], parses: str) -> list[tuple[list[str], float]]:
    """(features, label) for every (cue, content) pair the parses propose."""
    from quoteattr import stanza as qs
    from quoteattr.patterns import patterns

    pat = patterns("en")
    out: list[tuple[list[str], float]] = []
    for doc, sdoc in parsed(gold, parses):
        d = qs.to_document(sdoc)
        p = qs._parse(d)
        if p is None:
            continue
        text = doc["text"]
        direct = [trim(text, q["start"], q["end"]) for q in doc["quotes"] if q["kind"] == "direct"]
        other = [trim(text, q["start"], q["end"]) for q in doc["quotes"] if q["kind"] != "direct"]
        for c in qs._candidates(p, pat):
            span = (c.start, c.end)
            if any(jaccard(span, x) >= 0.5 for x in direct):
                continue  # never scored: content over a direct quotation is dropped before
            y = 1.0 if any(jaccard(span, x) >= 0.5 for x in other) else 0.0
            out.append((qs._features(p, c, pat), y))
    return out


HEADER = """\
# Weights of the stanza backend's classifier of (cue word, content) pairs (quoteattr/stanza.py, _features).
# feature <TAB> weight; a pair's probability of being an attribution is sigmoid(<bias> + the weights of its
# features). Features: lr= lemma|relation of the content, l= lemma, r= relation (obl/for: an oblique with
# 'for'; ^parataxis: the cue is a parenthetical of the content), u= cue UPOS, d= cue's own relation,
# x= the lexicon's uses of the lemma, cu= content head UPOS, m= its mark or preposition, cs= whether the
# content has a subject, side= content after/before/around the cue, n= content length, q= quote marks in
# the content, s= the cue's subject, neg= a negated cue, lrs= lemma|relation|side, lf= lemma|form,
# ch=/lch= the content head's lemma (with the relation / the cue lemma), ol= the cue's object lemma,
# aux= an auxiliary before the cue, lh=/hd= the lemma of the cue's head, sk=/lsk= the speaker's mention
# kind and entity type, sl= a nominal speaker's head lemma, fw= the content's first word (lfw= with the
# cue lemma), ls= the cue lemma with its subject's relation/UPOS, lu= the content's last UPOS,
# sib= the relation of another candidate content of the same cue, nsib= how many other relations the cue
# offers, lenrank= whether this content is the cue's longest/shortest candidate.
# Learned by logistic regression on CoreNLP parses of the PolNeAR training split:
#   python benchmarks/stanza_accuracy.py learn polnear.train.jsonl polnear.train.conllu.jsonl OUT.tsv
# (features seen at least {min_count} times, L2 {l2:g}, {epochs} full-batch Adam steps, |weight| >= {prune:g}).
"""


def cmd_learn(args: argparse.Namespace) -> int:
    try:
        import torch
    except ImportError:
        print("learn needs torch: pip install torch", file=sys.stderr)
        return 1
    rows = examples(read_jsonl(args.gold), args.parses)
    if not rows:
        print("no examples: do the parses match the gold documents' ids?", file=sys.stderr)
        return 1
    counts = Counter(f for feats, _ in rows for f in feats)
    vocab = {f: i for i, f in enumerate(sorted(f for f, n in counts.items() if n >= args.min_count))}
    idx: list[int] = []
    offsets: list[int] = []
    for feats, _ in rows:
        offsets.append(len(idx))
        idx.extend(vocab[f] for f in feats if f in vocab)
    x, off = torch.tensor(idx, dtype=torch.long), torch.tensor(offsets, dtype=torch.long)
    y = torch.tensor([lab for _, lab in rows])
    torch.manual_seed(0)
    emb = torch.nn.EmbeddingBag(len(vocab), 1, mode="sum")
    torch.nn.init.zeros_(emb.weight)
    bias = torch.zeros(1, requires_grad=True)
    opt = torch.optim.Adam([emb.weight, bias], lr=0.1)
    for _ in range(args.epochs):
        opt.zero_grad()
        z = emb(x, off).squeeze(1) + bias
        loss = torch.nn.functional.binary_cross_entropy_with_logits(z, y) + args.l2 * (emb.weight ** 2).sum()
        loss.backward()
        opt.step()
    w = emb.weight.detach().squeeze(1).tolist()
    with open(args.out, "w", encoding="utf-8") as fh:
        fh.write(HEADER.format(min_count=args.min_count, l2=args.l2, prune=args.prune, epochs=args.epochs))
        fh.write(f"<bias>\t{float(bias.detach()):.4f}\n")
        for f, i in sorted(vocab.items()):
            if abs(w[i]) >= args.prune:
                fh.write(f"{f}\t{w[i]:.4f}\n")
    print(f"{len(rows)} pairs ({int(y.sum())} attributions), {len(vocab)} features, loss {float(loss.detach()):.4f}; "
          f"wrote {args.out}")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("score", help="figures of the stanza backend on parsed documents")
    s.add_argument("gold")
    s.add_argument("parses")
    s.add_argument("--text", action="store_true", help="run the rules on the plain text of the same documents")
    s.add_argument("--json", action="store_true")
    s.set_defaults(fn=cmd_score)
    learn = sub.add_parser("learn", help="learn the pair weights (stanza_cues.tsv) from annotated parses")
    learn.add_argument("gold")
    learn.add_argument("parses")
    learn.add_argument("out")
    learn.add_argument("--min-count", type=int, default=8)
    learn.add_argument("--prune", type=float, default=0.02, help="leave out weights smaller than this")
    learn.add_argument("--l2", type=float, default=1e-4)
    learn.add_argument("--epochs", type=int, default=150)
    learn.set_defaults(fn=cmd_learn)
    args = ap.parse_args(argv)
    for path in (args.gold, args.parses):
        if not os.path.isfile(path):
            print(f"no such file: {path}", file=sys.stderr)
            return 2
    try:
        import stanza  # noqa: F401
    except ImportError:
        print('this benchmark needs stanza: pip install "quoteattr[stanza]"', file=sys.stderr)
        return 1
    rc: int = args.fn(args)
    return rc


if __name__ == "__main__":
    sys.exit(main())
