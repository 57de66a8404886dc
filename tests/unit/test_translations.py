"""The translation sources (i18n/alsa_*.ts) hold every string of the code, completely and safely translated.

Safely: a translation keeps the source's ``{placeholders}`` (``.format`` fills them after
translating), its HTML tags, its line breaks (QGIS's help panel makes a paragraph of each
line) and the identifiers a user types or scripts (parameter names, file names).
"""

from __future__ import annotations

import re
import string
import sys
from collections import Counter
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "scripts"))
import transup  # noqa: E402

LANGS = sorted(transup.LANGUAGES)
IDENTIFIER = re.compile(r"\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b|\b[\w.-]+\.(?:tif|csv|json|py|ts|qm)\b")
TAG = re.compile(r"</?[a-z]+[^>]*>")


def fields(text: str) -> Counter:
    """The replacement fields of a format string: (name, conversion, spec)."""
    return Counter((name, conv, spec) for _, name, spec, conv in string.Formatter().parse(text) if name is not None)


def live(lang: str) -> list[transup.Message]:
    return [m for m in transup.read_ts(transup.I18N / f"alsa_{lang}.ts").values() if m.kind != "vanished"]


def test_every_string_of_the_code_is_in_every_ts_file():
    code = transup.collect()
    assert len(code) > 300  # messages, labels, help texts, the dialog's form
    for lang in LANGS:
        ts = transup.read_ts(transup.I18N / f"alsa_{lang}.ts")
        missing = [src for key, src in ((k, k[1]) for k in code) if key not in ts]
        assert not missing, f"alsa_{lang}.ts lacks {len(missing)} strings (run make transup): {missing[:3]}"


def test_collect_refuses_an_f_string_template(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text('from x import tr\nname = "a"\nmessage = tr(f"factor {name}")\n')
    with pytest.raises(SystemExit, match="bad.py:3"):
        transup.python_strings(bad)


def test_collect_reads_literal_templates_and_the_form(tmp_path):
    src = tmp_path / "ok.py"
    src.write_text('LABEL = tr_noop("Bin width")\n\ndef f(self, n):\n    return self.tr("{n} classes").format(n=n)\n')
    assert transup.python_strings(src) == [("Bin width", 1), ("{n} classes", 4)]
    context, texts = transup.form_strings(REPO / "ui" / "alsa_dialog.ui")
    assert context == "AlsaDialog" and "1. Landslide data" in texts


@pytest.mark.parametrize("lang", LANGS)
def test_every_string_is_translated(lang):
    todo = [m.source for m in live(lang) if m.kind == "unfinished" or not m.translation.strip()]
    assert not todo, f"alsa_{lang}.ts: {len(todo)} strings untranslated, e.g. {todo[:3]}"


@pytest.mark.parametrize("lang", LANGS)
def test_translations_keep_placeholders_tags_lines_and_identifiers(lang):
    problems = []
    for m in live(lang):
        if not m.translation:
            continue
        src, dst = m.source, m.translation
        if m.context == transup.CONTEXT:
            try:
                same = fields(src) == fields(dst)
            except ValueError as exc:  # an unbalanced brace in the translation
                same = False
                problems.append(f"{src[:50]!r}: {exc}")
            if not same:
                problems.append(f"{src[:50]!r}: placeholders {sorted(fields(src))} → {sorted(fields(dst))}")
        if Counter(TAG.findall(src)) != Counter(TAG.findall(dst)):
            problems.append(f"{src[:50]!r}: HTML tags differ")
        if src.count("\n") != dst.count("\n"):
            problems.append(f"{src[:50]!r}: {src.count(chr(10))} line breaks → {dst.count(chr(10))}")
        lost = set(IDENTIFIER.findall(src)) - set(IDENTIFIER.findall(dst))
        if lost:
            problems.append(f"{src[:50]!r}: identifiers lost {sorted(lost)}")
    assert not problems, "\n".join(problems[:20])


def test_the_placeholder_check_catches_a_renamed_field():
    assert fields("{label}: {n:,} cells") != fields("{label}：{count:,} 个像元")
    assert fields("{label}: {n:,} cells") == fields("{label}：{n:,} 个像元")


MESSAGE_CALLS = {  # callee → index of its user-visible text argument
    "AlsaInputError": 0,
    "QgsProcessingException": 0,
    "pushInfo": 0,
    "pushWarning": 0,
    "reportError": 0,
    "setProgressText": 0,
    "report": 2,
    "at": 1,  # compare_job's progress schedule
}


def untranslated_messages(path: Path, root: Path = REPO) -> list[str]:
    """Message calls of ``path`` whose text is a bare string or f-string with words instead of ``tr(...)``.

    An f-string that only joins translated parts (``f"{label}: {reason}"``) has no words of its own.
    """
    import ast

    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        f = node.func
        name = f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else ""
        i = MESSAGE_CALLS.get(name)
        if i is None or len(node.args) <= i:
            continue
        arg = node.args[i]
        if isinstance(arg, ast.JoinedStr):
            words = "".join(v.value for v in arg.values if isinstance(v, ast.Constant))
        elif isinstance(arg, ast.Constant) and isinstance(arg.value, str):
            words = arg.value
        else:
            continue
        if re.search(r"[A-Za-z]{3}", words):
            found.append(f"{path.relative_to(root)}:{node.lineno}: {ast.unparse(arg)[:70]}")
    return found


def test_messages_progress_and_feedback_go_through_tr():
    found = [hit for path in transup.python_files() for hit in untranslated_messages(path)]
    assert not found, "user-visible text outside tr():\n" + "\n".join(found)


def test_the_message_scan_finds_bare_texts_and_passes_joined_translations(tmp_path):
    code = tmp_path / "code.py"
    code.write_text(
        "def f(n, label, reason, progress, feedback):\n"
        '    report(progress, 0.5, "reading the raster")\n'
        '    feedback.pushInfo(f"{label}: {reason}")\n'
        '    feedback.pushInfo(tr("{n} cells").format(n=n))\n'
        '    raise AlsaInputError(f"{n} cells")\n'
    )
    assert untranslated_messages(code, tmp_path) == [
        "code.py:2: 'reading the raster'",
        "code.py:5: f'{n} cells'",
    ]
