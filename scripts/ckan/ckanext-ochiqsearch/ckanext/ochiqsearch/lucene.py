"""A small subset of the Solr/Lucene query syntax, evaluated in Python.

CKAN builds its package_search filters as Solr query strings, e.g.
``+capacity:public +state:(active OR draft) +permission_labels:("public")``.
This module parses such strings into a tree and tests it against a flat
"document" dict (the same shape CKAN would send to Solr).

Supported: ``field:value``, ``field:"phrase"``, ``field:(a OR b)``, bare
terms (matched against the ``text`` field), ``+``/``-``/``!``/``NOT``
prefixes, ``AND``/``OR``/``&&``/``||``, parentheses, ``*``/``?`` wildcards,
``field:*``, ``*:*`` and ranges ``[a TO b]`` / ``{a TO b}``.
Bare juxtaposition means AND (CKAN sets ``q.op=AND``).
"""

from __future__ import annotations

import datetime as _dt
import fnmatch
import re
from typing import Any, Callable, Optional, Union

# Fields that Solr's CKAN schema tokenises (case-insensitive, word match);
# every other field is an exact string field.
TEXT_FIELDS = {
    "text", "title", "notes", "res_name", "res_description", "author",
    "maintainer", "title_ngram", "urls", "res_url", "url",
}


class ParseError(ValueError):
    pass


# ---------------------------------------------------------------- tokens

_SPECIAL = set('()"[]{}:')


def _tokenize(s: str) -> list[tuple[str, Any]]:
    toks: list[tuple[str, Any]] = []
    i, n = 0, len(s)
    while i < n:
        c = s[i]
        if c.isspace():
            i += 1
            continue
        if c == "(":
            toks.append(("LP", c)); i += 1; continue
        if c == ")":
            toks.append(("RP", c)); i += 1; continue
        if s.startswith("&&", i):
            toks.append(("AND", "&&")); i += 2; continue
        if s.startswith("||", i):
            toks.append(("OR", "||")); i += 2; continue
        if c in "+-!" and (i + 1 < n and not s[i + 1].isspace()):
            toks.append({"+": ("PLUS", c), "-": ("MINUS", c), "!": ("NOT", c)}[c])
            i += 1
            continue
        if c == '"':
            j, buf = i + 1, []
            while j < n and s[j] != '"':
                if s[j] == "\\" and j + 1 < n:
                    j += 1
                buf.append(s[j]); j += 1
            if j >= n:
                raise ParseError("unterminated quote")
            toks.append(("PHRASE", "".join(buf)))
            i = j + 1
            # a proximity/boost suffix like "..."~2 or ^3 is ignored
            while i < n and s[i] in "~^":
                i += 1
                while i < n and (s[i].isdigit() or s[i] == "."):
                    i += 1
            continue
        if c in "[{":
            ends = [k for k in (s.find("]", i), s.find("}", i)) if k != -1]
            if not ends:
                raise ParseError("unterminated range")
            end = min(ends)
            body = s[i + 1:end]
            m = re.match(r"\s*(\S+)\s+TO\s+(\S+)\s*$", body)
            if not m:
                raise ParseError("bad range %r" % body)
            lo, hi = m.group(1).strip('"'), m.group(2).strip('"')
            toks.append(("RANGE", (lo, hi, c == "[", s[end] == "]")))
            i = end + 1
            continue
        # a word, possibly "field:" (unescaped colon ends a field name)
        j, buf = i, []
        while j < n:
            ch = s[j]
            if ch == "\\" and j + 1 < n:
                buf.append(s[j + 1]); j += 2; continue
            if ch.isspace() or ch in "()\"":
                break
            if ch == ":":
                break
            buf.append(ch); j += 1
        word = "".join(buf)
        if j < n and s[j] == ":":
            toks.append(("FIELD", word))
            i = j + 1
            continue
        i = j
        if word in ("AND", "OR", "NOT"):
            toks.append((word, word))
        elif word:
            # strip a boost suffix (term^2) or fuzzy suffix (term~)
            word = re.sub(r"[\^~][\d.]*$", "", word)
            toks.append(("WORD", word))
        else:  # stray character
            i += 1
    return toks


# ------------------------------------------------------------------ tree
# Node kinds:
#   ("all",)                         matches everything
#   ("term", field, value, kind)     kind in word|phrase|range
#   ("and", [nodes]) / ("or", [nodes]) / ("not", node)

Node = tuple


class _Parser:
    def __init__(self, toks: list[tuple[str, Any]]) -> None:
        self.toks = toks
        self.i = 0

    def peek(self) -> Optional[str]:
        return self.toks[self.i][0] if self.i < len(self.toks) else None

    def take(self) -> tuple[str, Any]:
        t = self.toks[self.i]
        self.i += 1
        return t

    def parse(self, field: str) -> Node:
        node = self.expr(field)
        if self.i != len(self.toks):
            raise ParseError("unexpected %r" % (self.toks[self.i][1],))
        return node

    def expr(self, field: str) -> Node:
        # Lucene's "+a b -c" : + / - are required / prohibited, the others
        # follow q.op (AND for CKAN). OR binds looser than implicit AND here.
        alts = [self.conj(field)]
        while self.peek() == "OR":
            self.take()
            alts.append(self.conj(field))
        return alts[0] if len(alts) == 1 else ("or", alts)

    def conj(self, field: str) -> Node:
        parts = [self.unary(field)]
        while self.peek() not in (None, "RP", "OR"):
            if self.peek() == "AND":
                self.take()
            parts.append(self.unary(field))
        return parts[0] if len(parts) == 1 else ("and", parts)

    def unary(self, field: str) -> Node:
        t = self.peek()
        if t in ("MINUS", "NOT"):
            self.take()
            return ("not", self.unary(field))
        if t == "PLUS":
            self.take()
            return self.unary(field)
        return self.primary(field)

    def primary(self, field: str) -> Node:
        if self.peek() is None:
            raise ParseError("unexpected end of query")
        kind, val = self.take()
        if kind == "LP":
            node = self.expr(field)
            if self.peek() != "RP":
                raise ParseError("missing )")
            self.take()
            return node
        if kind == "FIELD":
            return self.primary(val)
        if kind == "WORD":
            if field == "*" and val == "*":
                return ("all",)
            return ("term", field, val, "word")
        if kind == "PHRASE":
            return ("term", field, val, "phrase")
        if kind == "RANGE":
            return ("term", field, val, "range")
        raise ParseError("unexpected %r" % (val,))


def parse(query: str, default_field: str = "text") -> Node:
    q = (query or "").strip()
    if q.startswith("{!"):  # local params like {!q.op=OR}: ignored
        q = q[q.find("}") + 1:].strip() if "}" in q else ""
    if not q or q in ('""', "''"):
        return ("all",)
    toks = _tokenize(q)
    if not toks:
        return ("all",)
    return _Parser(toks).parse(default_field)


# -------------------------------------------------------------- matching

def _as_strings(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, (list, tuple, set)):
        out: list[str] = []
        for v in value:
            out.extend(_as_strings(v))
        return out
    if isinstance(value, bool):
        return ["true" if value else "false"]
    return [str(value)]


_WORD_RE = re.compile(r"\w+", re.UNICODE)


def _now_iso() -> str:
    return _dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _bound(v: str) -> Optional[str]:
    if v == "*":
        return None
    if v.upper().startswith("NOW"):
        return _now_iso()
    return v


def _match_value(field: str, value: str, kind: str, candidates: list[str]) -> bool:
    if kind == "range":
        lo, hi, lo_inc, hi_inc = value
        lo, hi = _bound(lo), _bound(hi)
        for c in candidates:
            ok = True
            if lo is not None:
                ok = ok and (c >= lo if lo_inc else c > lo)
            if hi is not None:
                ok = ok and (c <= hi if hi_inc else c < hi)
            if ok:
                return True
        return False
    if value == "*":
        return any(c != "" for c in candidates)
    wild = any(ch in value for ch in "*?")
    if field in TEXT_FIELDS:
        v = value.lower()
        for c in candidates:
            cl = c.lower()
            if kind == "phrase":
                if v in cl:
                    return True
                continue
            words = _WORD_RE.findall(cl)
            if wild:
                if any(fnmatch.fnmatchcase(w, v) for w in words):
                    return True
            elif v in words or v in cl:
                return True
        return False
    if wild:
        return any(fnmatch.fnmatchcase(c, value) for c in candidates)
    return value in candidates


def evaluate(node: Node, doc: dict[str, Any]) -> bool:
    op = node[0]
    if op == "all":
        return True
    if op == "and":
        return all(evaluate(n, doc) for n in node[1])
    if op == "or":
        return any(evaluate(n, doc) for n in node[1])
    if op == "not":
        return not evaluate(node[1], doc)
    _, field, value, kind = node
    if field == "*":
        return any(_match_value(k, value, kind, _as_strings(v))
                   for k, v in doc.items() if k not in ("data_dict", "validated_data_dict"))
    return _match_value(field, value, kind, _as_strings(doc.get(field)))


def required_values(node: Node, field: str) -> Optional[set[str]]:
    """If ``node`` can only match docs whose ``field`` is one of a fixed set
    of exact values, return that set (used to narrow the SQL query)."""
    op = node[0]
    if op == "term":
        _, f, value, kind = node
        if f == field and kind in ("word", "phrase") and not any(ch in value for ch in "*?"):
            return {value}
        return None
    if op == "or":
        out: set[str] = set()
        for n in node[1]:
            r = required_values(n, field)
            if r is None:
                return None
            out |= r
        return out
    if op == "and":
        found: Optional[set[str]] = None
        for n in node[1]:
            r = required_values(n, field)
            if r is not None:
                found = r if found is None else (found & r)
        return found
    return None


def mentions_field(node: Node, field: str) -> bool:
    op = node[0]
    if op == "term":
        return node[1] == field
    if op in ("and", "or"):
        return any(mentions_field(n, field) for n in node[1])
    if op == "not":
        return mentions_field(node[1], field)
    return False
