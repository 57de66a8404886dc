"""One self-contained HTML page: headings, key–value and column tables, figures by relative path."""

from __future__ import annotations

import math
from html import escape

import numpy as np

from ..core.i18n import tr

CSS = """body{font-family:"DejaVu Sans","Segoe UI",Arial,"WenQuanYi Micro Hei",sans-serif;margin:1.5em auto;\
max-width:1100px;color:#222;line-height:1.4;padding:0 1em}
h1{font-size:1.6em;border-bottom:2px solid #c0392b;padding-bottom:.2em}
h2{font-size:1.25em;margin-top:1.8em;border-bottom:1px solid #ddd}
h3{font-size:1.05em}
table{border-collapse:collapse;margin:.5em 0 1em;font-size:.85em}
th,td{border:1px solid #ccc;padding:2px 8px;text-align:left;vertical-align:top}
th{background:#f3f3f3}
td.n{text-align:right;font-variant-numeric:tabular-nums;font-family:"DejaVu Sans Mono",monospace}
figure{margin:.5em 0 1.2em}
figure img{max-width:min(100%,760px);height:auto;border:1px solid #eee}
figure.wide img{max-width:min(100%,1000px)}
figcaption{font-size:.85em;color:#555}
.missing{background:#fff8e1;border:1px solid #f0c36d;padding:.4em .8em;font-size:.9em}
.note{font-size:.9em;color:#555}
.cols{display:flex;flex-wrap:wrap;gap:2em;align-items:flex-start}\ndetails{margin:.3em 0 1em}
.scroll{overflow-x:auto;max-width:100%}
.cols>.scroll{max-width:100%;flex:0 1 auto}
table.matrix{font-size:.8em}
table.matrix td.n{min-width:4.5em}
.cols.tight{gap:1.2em}
.swatch{display:inline-block;width:1em;height:1em;border:1px solid #999;vertical-align:middle;margin-right:.3em}
"""


def number(v) -> str:
    """A number as the tables show it: integers whole, other values to 6 significant digits; '' for none."""
    if v is None or (isinstance(v, str) and v == ""):
        return ""
    if isinstance(v, (bool, np.bool_)):
        return str(bool(v))
    if isinstance(v, (int, np.integer)):
        return str(int(v))
    if isinstance(v, (float, np.floating)):
        f = float(v)
        if math.isnan(f):
            return ""
        if f.is_integer() and abs(f) < 1e15:
            return str(int(f))
        return f"{f:.6g}"
    return str(v)


def _cell(v) -> str:
    if isinstance(v, (int, float, np.integer, np.floating)) and not isinstance(v, (bool, np.bool_)):
        return f'<td class="n">{escape(number(v))}</td>'
    return f"<td>{escape(number(v))}</td>"


def table(headers: list[str], rows, cls: str = "", raw_first: bool = False) -> str:
    """A table; ``rows`` are sequences of cells (numbers right-aligned). ``raw_first``: first cell is HTML."""
    head = "".join(f"<th>{escape(str(h))}</th>" for h in headers)
    body = []
    for r in rows:
        cells = [f"<td>{r[0]}</td>"] + [_cell(v) for v in r[1:]] if raw_first else [_cell(v) for v in r]
        body.append("<tr>" + "".join(cells) + "</tr>")
    attr = f' class="{cls}"' if cls else ""
    # in a scrolling box: a wide table scrolls sideways instead of running off the page
    inner = f"<table{attr}><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"
    return f'<div class="scroll">{inner}</div>'


def key_values(pairs) -> str:
    return table([tr("Item"), tr("Value")], [(k, v) for k, v in pairs], cls="kv")


def figure(src: str | None, caption: str, wide: bool = False) -> str:
    """A figure by relative path, or the note that matplotlib is needed for it; ``wide``: up to the page's width."""
    if src is None:
        text = tr("Plot not drawn (needs matplotlib): {caption}").format(caption=caption)
        return f'<p class="missing">{escape(text)}</p>'
    attr = ' class="wide"' if wide else ""
    return (
        f'<figure{attr}><img src="{escape(src)}" alt="{escape(caption)}">'
        f"<figcaption>{escape(caption)}</figcaption></figure>"
    )


def details(summary: str, inner: str) -> str:
    return f"<details><summary>{escape(summary)}</summary>{inner}</details>"


def paragraph(text: str, cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    return f"<p{attr}>{escape(text)}</p>"


def link(href: str, text: str) -> str:
    return f'<a href="{escape(href)}">{escape(text)}</a>'


def heading(level: int, text: str, anchor: str = "") -> str:
    ident = f' id="{escape(anchor)}"' if anchor else ""
    return f"<h{level}{ident}>{escape(text)}</h{level}>"


def page(title: str, body: list[str], lang: str = "en") -> str:
    return (
        f'<!DOCTYPE html>\n<html lang="{escape(lang)}"><head><meta charset="utf-8">'
        f"<title>{escape(title)}</title><style>{CSS}</style></head><body>\n" + "\n".join(body) + "\n</body></html>\n"
    )
