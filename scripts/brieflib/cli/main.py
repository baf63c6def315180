"""``python scripts/briefs.py`` sub-commands."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from brieflib.build import check as check_mod
from brieflib.build.pipeline import convert_one
from brieflib.build.search_index import BRIEFS_PER_BUNDLE
from brieflib.enrich.corpus import taxonomy_for
from brieflib.model.errors import BriefError
from brieflib.render.markdown import render


def _convert(args: argparse.Namespace) -> int:
    brief = convert_one(Path(args.path), Path(args.meta) if args.meta else None, Path(args.root))
    sys.stdout.write(render(brief))
    if args.verbose:
        for name, evidence in sorted(brief.evidence.items()):
            print(f"{args.path}: {name} from {evidence}", file=sys.stderr)
        for removed in brief.removed:
            print(f"{args.path}:{removed.line}: left out ({removed.reason}): {removed.text[:80]}", file=sys.stderr)
    return 0


def _themes(args: argparse.Namespace) -> int:
    from brieflib.enrich.themes import ThemeMatcher, assign_themes, explain

    taxonomy = taxonomy_for(Path(args.root))
    for path in args.paths:
        brief = convert_one(Path(path), root=Path(args.root))
        scores = assign_themes(brief, ThemeMatcher(taxonomy))
        if args.explain:
            print(explain(brief, scores, taxonomy))
        else:
            print(f"{path}: {', '.join(brief.themes) or '(none)'}")
    return 0


def _annotate(args: argparse.Namespace) -> int:
    from brieflib.cli.annotate import annotate

    root = Path(args.root).resolve()
    path = annotate(root, args.brief, args.quote, args.author, args.kind, args.body)
    print(path.relative_to(root) if path.is_relative_to(root) else path)
    return 0


def _check(args: argparse.Namespace) -> int:
    problems = check_mod.check(Path(args.sources))
    for problem in problems:
        print(problem, file=sys.stderr)
    errors = [p for p in problems if p.severity == "error"]
    warnings = [p for p in problems if p.severity == "warning"]
    suggestions = len(problems) - len(errors) - len(warnings)
    print(f"check: {len(errors)} error(s), {len(warnings)} warning(s), {suggestions} suggestion(s)", file=sys.stderr)
    return 1 if errors else 0


def _build(args: argparse.Namespace) -> int:
    from brieflib.build.pipeline import build

    root = Path(args.root).resolve()
    report = build(root, strict=args.strict)
    for warning in report.warnings:
        print(warning, file=sys.stderr)
    if report.skipped:
        print("build: nothing changed since the last build", file=sys.stderr)
        return 0
    print(
        f"build: {report.briefs} briefs ({report.converted} converted, {report.cached} from cache); "
        f"{len(report.written)} pages written, {len(report.removed)} removed; "
        f"{len(report.rendered)} brief pages rendered, {report.briefs - len(report.rendered)} from the page cache; "
        f"{len(report.rendered_themes)} theme pages rendered, {report.themes - len(report.rendered_themes)} from the page cache; "
        f"{report.pruned} cached conversion{'' if report.pruned == 1 else 's'} pruned",
        file=sys.stderr,
    )
    return 0


def _positive(text: str) -> int:
    """A whole number of at least 1, for argparse."""
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, not {text!r}")
    return int(text)


def _index(args: argparse.Namespace) -> int:
    from brieflib.build.search_index import index_site

    pages = index_site(Path(args.site_dir), args.bundle_briefs)
    print(f"index: {pages} pages in the search index ({Path(args.site_dir) / 'pagefind'}, "
          f"at most {args.bundle_briefs} briefs a bundle)", file=sys.stderr)
    return 0


def _eval(args: argparse.Namespace) -> int:
    from brieflib.build.evaluate import main as evaluate

    if args.fit_themes:
        from brieflib.build.themefit import main as fit_themes

        return fit_themes(Path(args.corpus), Path("."))
    return evaluate(Path(args.corpus), as_json=args.json, show_never_seen=args.show_never_seen)


def _serve(args: argparse.Namespace) -> int:
    from brieflib.cli.serve import serve

    return serve(Path(args.root).resolve(), args.dev_addr)


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(prog="briefs", description=__doc__)
    sub = root.add_subparsers(dest="command", required=True)
    convert = sub.add_parser("convert", help="print one brief as Markdown with front matter")
    convert.add_argument("path", help="the brief's source text file")
    convert.add_argument("--meta", help="a sidecar YAML to apply instead of the one beside PATH")
    convert.add_argument("-v", "--verbose", action="store_true", help="show on stderr the evidence for each field and the text left out of the body, with reasons")
    convert.add_argument("--root", default=".", help="the project folder, for sources/themes.yml (default: .)")
    convert.set_defaults(func=_convert)
    themes = sub.add_parser("themes", help="the themes of briefs; --explain prints why each was or was not given")
    themes.add_argument("paths", nargs="+", metavar="PATH", help="brief source files")
    themes.add_argument("--explain", action="store_true", help="show scores, thresholds and the paragraphs that count")
    themes.add_argument("--root", default=".", help="the project folder, for sources/themes.yml (default: .)")
    themes.set_defaults(func=_themes)
    annotate = sub.add_parser("annotate", help="write a new annotation file for a passage of a brief")
    annotate.add_argument("brief", metavar="BRIEF", help="the brief's slug or the path of its source file")
    annotate.add_argument("--quote", required=True, help="the exact passage, as it reads on the site")
    annotate.add_argument("--author", required=True, help="your name or handle")
    annotate.add_argument("--kind", default="comment", help="comment, context, fact-check, correction or question")
    annotate.add_argument("--body", help="the note's text (Markdown); otherwise edit the file afterwards")
    annotate.add_argument("--root", default=".", help="the project folder (default: .)")
    annotate.set_defaults(func=_annotate)
    check = sub.add_parser("check", help="validate every source and sidecar; non-zero exit on any problem")
    check.add_argument("--sources", default="sources", help="the sources folder (default: sources)")
    check.set_defaults(func=_check)
    build = sub.add_parser("build", help="convert every brief and write the generated pages under docs/")
    build.add_argument("--root", default=".", help="the project folder (default: .)")
    build.add_argument("--strict", action="store_true", help="also fail on annotations that cannot be anchored")
    build.set_defaults(func=_build)
    index = sub.add_parser("index", help="build the search index (Pagefind) of a built site; run it after mkdocs build")
    index.add_argument("site_dir", metavar="SITE_DIR", nargs="?", default="site", help="the built site (default: site)")
    index.add_argument("--bundle-briefs", type=_positive, default=BRIEFS_PER_BUNDLE, metavar="N",
                       help=f"briefs per search bundle, newest first (default {BRIEFS_PER_BUNDLE}); a first query loads one bundle")
    index.set_defaults(func=_index)
    evaluate = sub.add_parser("eval", help="score the converter against a corpus of briefs with *.truth.yml files")
    evaluate.add_argument("--corpus", default="tests/corpus", help="the corpus folder (default: tests/corpus)")
    evaluate.add_argument("--json", action="store_true", help="print only the JSON summary")
    evaluate.add_argument("--show-never-seen", action="store_true",
                          help="also print the failures of the never-seen briefs (once they have been measured)")
    evaluate.add_argument("--fit-themes", action="store_true",
                          help="fit the theme decision on the tuning part and the seeds; print its settings for themes.yml")
    evaluate.set_defaults(func=_eval)
    serve = sub.add_parser("serve", help="build, then preview with mkdocs serve, rebuilding when sources/ change")
    serve.add_argument("--root", default=".", help="the project folder (default: .)")
    serve.add_argument("--dev-addr", default="127.0.0.1:8000", help="address to serve on")
    serve.set_defaults(func=_serve)
    return root


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.func(args)
    except BriefError as exc:
        print(exc, file=sys.stderr)
        return 1
