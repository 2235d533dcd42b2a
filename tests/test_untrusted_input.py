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


# Regex calls over article text must be bounded: the `regex` module's `timeout=` on each.
_REGEX_METHODS = {"match", "search", "fullmatch", "finditer", "findall", "sub", "subn"}
# (file, line text) of calls that never see article text
_NO_ARTICLE_TEXT = {("normalizers/units.py", "Cannot define")}


def test_every_regex_call_over_article_text_has_a_timeout() -> None:
    import ast

    missing = []
    files = [*sorted((SRC / "nevextract" / "normalizers").glob("*.py")), SRC / "nevextract/api.py"]
    for file in files:
        source = file.read_text(encoding="utf-8")
        rel = file.relative_to(SRC / "nevextract").as_posix()
        for node in ast.walk(ast.parse(source)):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in _REGEX_METHODS
                and not any(k.arg == "timeout" for k in node.keywords)
            ):
                line = source.splitlines()[node.lineno - 1]
                if not any(rel == f and mark in line for f, mark in _NO_ARTICLE_TEXT):
                    missing.append(f"{rel}:{node.lineno}: {line.strip()}")
    assert missing == []
