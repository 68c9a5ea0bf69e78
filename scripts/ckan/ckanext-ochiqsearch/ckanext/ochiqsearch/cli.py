"""`ckan -c ckan.ini ochiq bootstrap --out FILE`: the test fixtures in one process.

Creates (or reuses) a sysadmin, an organisation owned by it, and a second
ordinary user who is not a member of that organisation; gives each user a
fresh API token; writes everything as JSON to FILE.
"""

from __future__ import annotations

import json
from typing import Any

import click


@click.group("ochiq", short_help="Ochiq test-server helpers")
def ochiq() -> None:
    pass


@ochiq.command("bootstrap")
@click.option("--out", required=True, type=click.Path(dir_okay=False))
@click.option("--org", "org_name", default="ochiq-test-org", show_default=True)
@click.option("--admin", "admin_name", default="ochiq-admin", show_default=True)
@click.option("--other", "other_name", default="ochiq-other", show_default=True)
def bootstrap(out: str, org_name: str, admin_name: str, other_name: str) -> None:
    import ckan.model as model
    import ckan.plugins.toolkit as tk

    def ctx(user: str) -> dict[str, Any]:
        return {"model": model, "session": model.Session, "user": user,
                "ignore_auth": True}

    site_user = tk.get_action("get_site_user")({"ignore_auth": True}, {})["name"]

    def ensure_user(name: str, sysadmin: bool) -> dict[str, Any]:
        user = model.User.get(name)
        if user is None:
            tk.get_action("user_create")(ctx(site_user), {
                "name": name,
                "email": "%s@example.org" % name,
                "password": "ochiq-test-password",
                "fullname": name,
            })
            user = model.User.get(name)
        if sysadmin and not user.sysadmin:
            user.sysadmin = True
            model.Session.commit()
        token = tk.get_action("api_token_create")(
            ctx(name), {"user": name, "name": "ochiq-tests"})["token"]
        return {"name": name, "id": user.id, "token": token}

    admin = ensure_user(admin_name, sysadmin=True)
    other = ensure_user(other_name, sysadmin=False)

    try:
        org = tk.get_action("organization_show")(ctx(admin_name), {"id": org_name})
    except tk.ObjectNotFound:
        org = tk.get_action("organization_create")(ctx(admin_name), {
            "name": org_name,
            "title": "Ochiq Test Organisation",
        })

    with open(out, "w", encoding="utf-8") as f:
        json.dump({"admin": admin, "other": other,
                   "org": {"name": org["name"], "id": org["id"]}}, f, indent=1)
    click.echo("bootstrap written to %s" % out)
