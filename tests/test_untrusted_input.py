"""Articles are untrusted input: nothing in src/ may deserialize or evaluate data as code.

The source is scanned with comments and string literals removed, so prose that mentions
pickling (errors.py) does not count, while any real use does. A use that is truly safe goes
in ALLOWED with the reason.
"""

from __future__ import annotations

import io
import tokenize
from pathlib import Path

import pytest
import regex

SRC = Path(__file__).resolve().parents[1] / "src"

FORBIDDEN = {
    "pickle": r"\b(?:c?[Pp]ickle|cloudpickle|dill|marshal|shelve)\b",
    "eval(": r"(?<![\w.])eval\s*\(",
    "exec(": r"(?<![\w.])exec\s*\(",
    "yaml.load(": r"\byaml\s*\.\s*(?:load|load_all|unsafe_load|full_load)\s*\(",
    "shell=True": r"\bshell\s*=\s*True\b",
    "os.system(": r"\bos\s*\.\s*(?:system|popen)\s*\(",
    "__import__(": r"(?<![\w.])__import__\s*\(",
}
# (path relative to src/, key of FORBIDDEN) -> why that use is safe
ALLOWED: dict[tuple[str, str], str] = {}


def _code_only(source: str) -> str:
    """The source with comments and string literals blanked out (layout kept)."""
    starts = [0]
    for line in source.splitlines(keepends=True):
        starts.append(starts[-1] + len(line))
    chars = list(source)
    blank = {tokenize.COMMENT, tokenize.STRING, getattr(tokenize, "FSTRING_MIDDLE", -1)}
    for tok in tokenize.generate_tokens(io.StringIO(source).readline):
        if tok.type in blank:
            a = starts[tok.start[0] - 1] + tok.start[1]
            b = starts[tok.end[0] - 1] + tok.end[1]
            chars[a:b] = [" "] * (b - a)
    return "".join(chars)


def _violations(root: Path) -> list[str]:
    found = []
    for file in sorted(root.rglob("*.py")):
        code = _code_only(file.read_text(encoding="utf-8"))
        rel = file.relative_to(root).as_posix()
        for key, pattern in FORBIDDEN.items():
            if (rel, key) not in ALLOWED and regex.search(pattern, code):
                found.append(f"{rel}: {key}")
    return found


def test_no_unsafe_deserialisation_or_evaluation_in_src() -> None:
    assert _violations(SRC) == []


def test_allowlist_entries_are_still_needed() -> None:
    for rel, key in ALLOWED:
        code = _code_only((SRC / rel).read_text(encoding="utf-8"))
        assert regex.search(FORBIDDEN[key], code), f"stale allowlist entry: {rel} {key}"


@pytest.mark.parametrize(
    ("line", "key"),
    [
        ("import pickle", "pickle"),
        ("data = marshal.loads(raw)", "pickle"),
        ("value = eval(text)", "eval("),
        ("exec(code, {})", "exec("),
        ("cfg = yaml.load(stream)", "yaml.load("),
        ("subprocess.run(cmd, shell=True)", "shell=True"),
    ],
)
def test_the_scan_finds_planted_uses(tmp_path: Path, line: str, key: str) -> None:
    (tmp_path / "bad.py").write_text(f"# harmless comment: eval(x)\n{line}\n", encoding="utf-8")
    assert _violations(tmp_path) == [f"bad.py: {key}"]


def test_the_scan_ignores_prose_and_lookalikes(tmp_path: Path) -> None:
    (tmp_path / "ok.py").write_text(
        '"""It pickles cleanly; never eval( input."""\n'
        "def run_eval(x):\n    return x\n\nrun_eval(1)\nmodel.eval()\nyaml.safe_load(s)\n",
        encoding="utf-8",
    )
    assert _violations(tmp_path) == []


# Regex calls over article text must be bounded. Either the `regex` module's `timeout=`
# (scans whose work grows with the article), or, where the call cannot run long whatever
# the input, a `# bounded:` comment on the call saying why: a window of a few dozen
# characters (`pos`/`endpos` or a slice), or a pattern with no repetition to backtrack over.
# The timeout costs a CPU-clock read on every call (~1.7 us, four times a short match), so
# the hot per-amount checks use windows.
_REGEX_METHODS = {"match", "search", "fullmatch", "finditer", "findall", "sub", "subn"}
# (file, line text) of calls that never see article text
_NO_ARTICLE_TEXT = {("kinds/figure/units.py", "Cannot define")}
BOUNDED_MARK = "# bounded:"


def _unbounded_regex_calls(file: Path, rel: str) -> list[str]:
    import ast

    source = file.read_text(encoding="utf-8")
    lines = source.splitlines()
    missing = []
    for node in ast.walk(ast.parse(source)):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in _REGEX_METHODS
            and not any(k.arg == "timeout" for k in node.keywords)
        ):
            span = lines[node.lineno - 1 : (node.end_lineno or node.lineno)]
            if any(BOUNDED_MARK in line for line in span):
                continue
            line = lines[node.lineno - 1]
            if not any(rel == f and mark in line for f, mark in _NO_ARTICLE_TEXT):
                missing.append(f"{rel}:{node.lineno}: {line.strip()}")
    return missing


def test_every_regex_call_over_article_text_has_a_timeout_or_a_bound() -> None:
    missing = []
    files = [*sorted((SRC / "nevextract" / "normalizers").glob("*.py")), SRC / "nevextract/api.py"]
    for file in files:
        missing += _unbounded_regex_calls(file, file.relative_to(SRC / "nevextract").as_posix())
    assert missing == []


def test_the_bound_check_finds_a_bare_call(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text(
        "A.search(text, 0, len(text))\n"
        "B.match(text, pos, pos + 20)  # bounded: 20-char window\n"
        "C.finditer(text, timeout=1.0)\n",
        encoding="utf-8",
    )
    assert _unbounded_regex_calls(bad, "bad.py") == ["bad.py:1: A.search(text, 0, len(text))"]
