"""ochiqsearch: lets a test CKAN 2.11 run without Solr.

CKAN sends every dataset change to its package search index synchronously,
through ``ckan.lib.search.index_for("package")``, and answers package_search
(plus organisation dataset counts and ``include_datasets``) through
``ckan.lib.search.query_for("package")`` / ``search.PackageSearchQuery``.
Without Solr the first raises "Search Index Error" and the second fails.

This plugin swaps both classes when CKAN loads its plugins:

* the index becomes a no-op: PostgreSQL (CKAN's own tables) *is* the index;
* the query reads the datasets from PostgreSQL, builds for each the flat
  document CKAN would have sent to Solr (capacity, organization, tags,
  res_format, permission_labels, validated_data_dict, ...) and evaluates the
  Solr-style ``q``/``fq`` strings that CKAN builds (see ``lucene.py``),
  with sorting, paging, ``fl`` and facet counts.

It is meant for small test databases: every search builds the documents of
the candidate datasets afresh (narrowed by state, id, name, owner_org,
organization, type and capacity when the query pins them), so results
always reflect the committed database, with no index to go stale.
"""

from __future__ import annotations

import json
import hashlib
import logging
from typing import Any, Optional

import ckan.plugins as p
import ckan.plugins.toolkit as tk
import ckan.model as model
import ckan.lib.plugins as lib_plugins
import ckan.lib.search as search
import ckan.lib.search.common as search_common
import ckan.lib.search.index as search_index
import ckan.lib.search.query as search_query
from ckan.common import config

from . import lucene

try:  # the encoder CKAN uses for validated_data_dict
    from ckan.lib.navl.dictization_functions import MissingNullEncoder as _Encoder
except ImportError:  # pragma: no cover
    _Encoder = json.JSONEncoder  # type: ignore

log = logging.getLogger(__name__)

_BIG_FIELDS = ("data_dict", "validated_data_dict")


# --------------------------------------------------------------- the index

class DatabaseIndex(search_index.SearchIndex):
    """The package 'index': nothing to write, the database is the index."""

    def insert_dict(self, data: dict[str, Any]) -> None:
        pass

    def update_dict(self, data: dict[str, Any], defer_commit: bool = False) -> None:
        pass

    def remove_dict(self, data: dict[str, Any]) -> None:
        pass

    def index_package(self, pkg_dict: Any, defer_commit: bool = False) -> None:
        pass

    def delete_package(self, pkg_dict: dict[str, Any]) -> None:
        pass

    def clear(self) -> None:
        pass

    def commit(self) -> None:
        pass

    def get_all_entity_ids(self) -> list[str]:  # type: ignore[override]
        return [r[0] for r in model.Session.query(model.Package.id)]


# ------------------------------------------------------- document building

def _text_blob(doc: dict[str, Any], pkg_dict: dict[str, Any]) -> str:
    parts: list[str] = []
    for key in ("name", "title", "notes", "author", "maintainer", "version",
                "url", "license_id", "license_title", "organization"):
        parts.extend(lucene._as_strings(doc.get(key)))
    org = pkg_dict.get("organization") or {}
    parts.extend(lucene._as_strings(org.get("title")))
    for key in ("tags", "groups", "res_name", "res_description", "res_format"):
        parts.extend(lucene._as_strings(doc.get(key)))
    for extra in pkg_dict.get("extras") or []:
        parts.extend(lucene._as_strings(extra.get("value")))
    return " ".join(x for x in parts if x)


def build_document(pkg: model.Package) -> dict[str, Any]:
    """The flat document CKAN's PackageSearchIndex would send to Solr."""
    context = {
        "model": model,
        "session": model.Session,
        "ignore_auth": True,
        "use_cache": False,
        "for_view": False,
    }
    pkg_dict = tk.get_action("package_show")(context, {"id": pkg.id})

    doc: dict[str, Any] = {}
    for key, value in pkg_dict.items():
        if value is None or isinstance(value, (str, int, float, bool)):
            doc[key] = value

    doc["capacity"] = "private" if pkg_dict.get("private") else "public"
    org = pkg_dict.get("organization")
    doc["organization"] = org.get("name") if isinstance(org, dict) else None

    tags: list[str] = []
    for tag in pkg_dict.get("tags") or []:
        vocab_id = tag.get("vocabulary_id")
        if vocab_id:
            vocab = model.Vocabulary.get(vocab_id)
            key = "vocab_%s" % (vocab.name if vocab else vocab_id)
            doc.setdefault(key, []).append(tag.get("name"))
        else:
            tags.append(tag.get("name"))
    doc["tags"] = tags
    doc["groups"] = [g.get("name") for g in pkg_dict.get("groups") or []]

    for extra in pkg_dict.get("extras") or []:
        key = "".join(c for c in str(extra.get("key", ""))
                      if c.isalnum() or c in "_-")
        value = extra.get("value")
        doc["extras_" + key] = value
        doc.setdefault(key, value)

    for src, dst in (("name", "res_name"), ("description", "res_description"),
                     ("format", "res_format"), ("url", "res_url"),
                     ("resource_type", "res_type")):
        doc[dst] = [r.get(src) or "" for r in pkg_dict.get("resources") or []]

    for key in ("metadata_created", "metadata_modified"):
        if doc.get(key) and not str(doc[key]).endswith("Z"):
            doc[key] = str(doc[key]) + "Z"

    doc["dataset_type"] = pkg_dict.get("type")
    doc["entity_type"] = "package"
    doc["site_id"] = config.get("ckan.site_id")
    doc["title_string"] = pkg_dict.get("title") or ""
    doc["index_id"] = hashlib.md5(
        ("%s%s" % (pkg.id, doc["site_id"])).encode("utf-8")).hexdigest()
    doc["text"] = _text_blob(doc, pkg_dict)
    doc["validated_data_dict"] = json.dumps(pkg_dict, cls=_Encoder)
    doc["data_dict"] = doc["validated_data_dict"]

    labels = lib_plugins.get_permission_labels()
    doc["permission_labels"] = labels.get_dataset_labels(pkg)
    return doc


# --------------------------------------------------------------- the query

def _as_list(value: Any) -> list[Any]:
    if value is None or value == "":
        return []
    if isinstance(value, str):
        v = value.strip()
        if v.startswith("["):
            try:
                return list(json.loads(v))
            except ValueError:
                pass
        return [value]
    return list(value)


def _sort_docs(docs: list[dict[str, Any]], sort: str) -> list[dict[str, Any]]:
    clauses = []
    for raw in (sort or "").split(","):
        bits = raw.split()
        if not bits:
            continue
        field = bits[0]
        desc = len(bits) > 1 and bits[1].lower() == "desc"
        if len(bits) > 1 and bits[1].lower() not in ("asc", "desc"):
            raise search_common.SearchQueryError('Invalid "sort" parameter')
        clauses.append((field, desc))
    # stable sorts, least significant key first; missing values go last
    for field, desc in reversed(clauses):
        if field == "score":
            continue  # every match scores the same here

        def key(d: dict[str, Any], field: str = field) -> Any:
            v = d.get(field)
            if isinstance(v, list):
                v = v[0] if v else None
            if isinstance(v, bool):
                v = int(v)
            return v

        present = [d for d in docs if key(d) not in (None, "")]
        missing = [d for d in docs if key(d) in (None, "")]
        try:
            present.sort(key=key, reverse=desc)
        except TypeError:
            present.sort(key=lambda d: str(key(d)), reverse=desc)
        docs = present + missing
    return docs


def _facets(docs: list[dict[str, Any]], fields: list[str], limit: int,
            mincount: int) -> dict[str, dict[str, int]]:
    out: dict[str, dict[str, int]] = {}
    for field in fields:
        counts: dict[str, int] = {}
        for d in docs:
            for v in set(lucene._as_strings(d.get(field))):
                if v != "":
                    counts[v] = counts.get(v, 0) + 1
        items = sorted(((v, c) for v, c in counts.items() if c >= mincount),
                       key=lambda vc: (-vc[1], vc[0]))
        if limit >= 0:
            items = items[:limit]
        out[field] = dict(items)
    return out


class DatabaseQuery(search_query.SearchQuery):
    """package_search answered from PostgreSQL."""

    def get_all_entity_ids(self, max_results: int = 1000) -> list[str]:
        rows = (model.Session.query(model.Package.id)
                .order_by(model.Package.metadata_modified.desc())
                .limit(max_results))
        return [r[0] for r in rows]

    def get_index(self, reference: str) -> dict[str, Any]:
        # package_show asks the index for a cached copy first; saying "no"
        # makes it read the database, which is always current.
        raise search_common.SearchError("no index cache (ochiqsearch)")

    def _candidates(self, root: lucene.Node) -> list[model.Package]:
        q = model.Session.query(model.Package)
        states = lucene.required_values(root, "state")
        if states:
            q = q.filter(model.Package.state.in_(sorted(states)))
        for field, column in (("id", model.Package.id),
                              ("name", model.Package.name),
                              ("owner_org", model.Package.owner_org),
                              ("dataset_type", model.Package.type),
                              ("type", model.Package.type)):
            values = lucene.required_values(root, field)
            if values:
                q = q.filter(column.in_(sorted(values)))
        orgs = lucene.required_values(root, "organization")
        if orgs:
            ids = [g.id for g in model.Session.query(model.Group)
                   .filter(model.Group.name.in_(sorted(orgs)))]
            q = q.filter(model.Package.owner_org.in_(ids or [""]))
        capacity = lucene.required_values(root, "capacity")
        if capacity and len(capacity) == 1:
            q = q.filter(model.Package.private.is_("private" in capacity))
        return q.order_by(model.Package.metadata_modified.desc()).all()

    def run(self, query: dict[str, Any],
            permission_labels: Optional[list[str]] = None,
            **kwargs: Any) -> dict[str, Any]:
        if not set(query.keys()) <= search_query.VALID_SOLR_PARAMETERS:
            bad = sorted(set(query.keys()) - search_query.VALID_SOLR_PARAMETERS)
            raise search_common.SearchQueryError(
                "Invalid search parameters: %s" % bad)

        fqs: list[str] = []
        for item in _as_list(query.get("fq")) + _as_list(query.get("fq_list")):
            if isinstance(item, str) and item.strip():
                fqs.append(item)
        if not any("+state:" in f for f in fqs):
            fqs.append("+state:active")

        try:
            nodes = [lucene.parse(query.get("q") or "*:*", "text")]
            nodes += [lucene.parse(f, "text") for f in fqs]
        except lucene.ParseError as e:
            raise search_common.SearchQueryError(str(e))
        root: lucene.Node = ("and", nodes)

        try:
            rows = int(query.get("rows", 10))
            start = int(query.get("start", 0) or 0)
        except (TypeError, ValueError):
            raise search_common.SearchQueryError("rows/start must be integers")

        labels = set(permission_labels) if permission_labels is not None else None
        matched = []
        for pkg in self._candidates(root):
            doc = build_document(pkg)
            if labels is not None and not labels & set(doc["permission_labels"]):
                continue
            if lucene.evaluate(root, doc):
                matched.append(doc)

        sort = query.get("sort") or config.get(
            "ckan.search.default_package_sort") or "score desc, metadata_modified desc"
        matched = _sort_docs(matched, sort)

        self.count = len(matched)
        facet_on = str(query.get("facet", "true")).lower() != "false"
        fields = [str(f) for f in _as_list(query.get("facet.field"))]
        if facet_on and fields:
            limit = int(query.get("facet.limit")
                        or config.get("search.facets.limit") or 50)
            mincount = int(query.get("facet.mincount", 1) or 0)
            self.facets = _facets(matched, fields, limit, mincount)
        else:
            self.facets = {}

        page = matched[start:start + rows] if rows >= 0 else matched[start:]
        fl = query.get("fl") or "name"
        fl_fields = fl if isinstance(fl, list) else fl.replace(",", " ").split()
        results: list[Any] = []
        for doc in page:
            if "*" in fl_fields:
                r = {k: v for k, v in doc.items()}
            else:
                r = {k: doc[k] for k in fl_fields if k in doc}
            if "score" in fl_fields:
                r["score"] = 1.0
            extras = {k[len("extras_"):]: r.pop(k)
                      for k in [k for k in r if k.startswith("extras_")]}
            if extras:
                r["extras"] = extras
            results.append(r)
        if fl in ("id", "name"):
            results = [r.get(fl) for r in results]
        self.results = results
        return {"results": self.results, "count": self.count}


# -------------------------------------------------------------- the plugin

def _no_solr_schema_check(schema_file: Optional[str] = None) -> bool:
    return False


def install() -> None:
    """Point CKAN's search layer at the database-backed classes."""
    search._INDICES["package"] = DatabaseIndex
    search._QUERIES["package"] = DatabaseQuery
    search.PackageSearchQuery = DatabaseQuery  # type: ignore[misc]
    # startup would otherwise try (and log a traceback) to reach Solr
    search.check_solr_schema_version = _no_solr_schema_check
    search_index.clear_index = lambda: None


class OchiqSearchPlugin(p.SingletonPlugin):
    p.implements(p.IConfigurer, inherit=True)
    p.implements(p.IClick)

    def get_commands(self) -> list[Any]:
        from .cli import ochiq
        return [ochiq]

    def update_config(self, config_: Any) -> None:
        install()
        log.info("ochiqsearch: package search answered from PostgreSQL (no Solr)")
