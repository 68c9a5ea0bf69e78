#!/usr/bin/env bash
# End-to-end check of the test CKAN: setup, start in a temp dir, exercise the
# publish sequence Ochiq uses with curl, stop. Exits non-zero on any failure.
#
#   scripts/ckan/smoke.sh            (OCHIQ_CKAN_KEEP=1 keeps the temp dir)
set -uo pipefail
# shellcheck source=lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

FAILS=0
pass() { printf '  ok    %s\n' "$*"; }
fail() { printf '  FAIL  %s\n' "$*"; FAILS=$((FAILS + 1)); }
note() { printf '  info  %s\n' "$*"; }

T="$(ock_now)"
bash "$OCHIQ_CKAN_DIR/setup.sh" || { echo "setup failed"; exit 1; }
T_SETUP="$(ock_since "$T")"

STATE="$(mktemp -d /tmp/ochiq-ckan-smoke.XXXXXX)"
WORK="$STATE/smoke"
mkdir -p "$WORK"
finish() {
    local rc=$?
    local t
    t="$(ock_now)"
    bash "$OCHIQ_CKAN_DIR/stop.sh" "$STATE" || true
    T_STOP="$(ock_since "$t")"
    if [ "$FAILS" -gt 0 ] || [ "$rc" -ne 0 ]; then
        echo "--- last lines of ckan.log ---"
        tail -n 30 "$STATE/logs/ckan.log" 2>/dev/null || true
    fi
    if [ "${OCHIQ_CKAN_KEEP:-0}" = 1 ]; then
        echo "kept $STATE"
    else
        rm -rf "$STATE"
    fi
    echo "timings: setup ${T_SETUP}s, start ${T_START:-?}s, checks ${T_CHECKS:-?}s, stop ${T_STOP}s"
    if [ "$FAILS" -gt 0 ] || [ "$rc" -ne 0 ]; then
        echo "SMOKE FAILED ($FAILS failed checks, rc $rc)"
        exit 1
    fi
    echo "SMOKE OK"
}
trap finish EXIT

T="$(ock_now)"
bash "$OCHIQ_CKAN_DIR/start.sh" "$STATE" || { FAILS=$((FAILS + 1)); exit 1; }
T_START="$(ock_since "$T")"
# shellcheck disable=SC1091
. "$STATE/env"
T="$(ock_now)"

PY="$OCHIQ_CKAN_VENV/bin/python"
# jget FILE PYEXPR   (d = the parsed JSON)
jget() { "$PY" -c 'import json,sys; d=json.load(open(sys.argv[1])); print(eval(sys.argv[2]))' "$1" "$2" 2>/dev/null; }

# api NAME TOKEN ACTION [curl args...] -> STATUS in $ST, body in $WORK/NAME.json
api() {
    local name="$1" token="$2" action="$3"
    shift 3
    local auth=()
    [ -n "$token" ] && auth=(-H "Authorization: $token")
    ST="$(curl -sS -o "$WORK/$name.json" -w '%{http_code}' "${auth[@]}" "$@" \
        "$CKAN_URL/api/3/action/$action")"
    B="$WORK/$name.json"
}
post_json() { # name token action json
    local name="$1" token="$2" action="$3" body="$4"
    api "$name" "$token" "$action" -H 'Content-Type: application/json' --data-binary "$body"
}
expect() { # label expected_status
    if [ "$ST" = "$2" ]; then pass "$1 -> $ST"; else fail "$1 -> $ST (want $2): $(head -c 400 "$B")"; fi
}

echo "== checks against $CKAN_URL (CKAN $CKAN_VERSION)"

# 1. token valid
api orgs "$CKAN_TOKEN" "organization_list_for_user?permission=create_dataset"
expect "organization_list_for_user (sysadmin token)" 200
[ "$(jget "$B" '[o["name"] for o in d["result"]]')" = "['$CKAN_ORG']" ] &&
    pass "sysadmin sees $CKAN_ORG" || fail "org list: $(head -c 300 "$B")"
api orgs2 "$CKAN_OTHER_TOKEN" "organization_list_for_user?permission=create_dataset"
expect "organization_list_for_user (other user token)" 200
[ "$(jget "$B" 'len(d["result"])')" = "0" ] && pass "other user is in no organisation" ||
    fail "other user orgs: $(head -c 300 "$B")"

# user_show without id answers "who am I": the way to test a token
api me "$CKAN_TOKEN" user_show
expect "user_show (no id) with sysadmin token" 200
[ "$(jget "$B" 'd["result"]["name"]+"/"+str(d["result"]["sysadmin"])')" = "$CKAN_USER/True" ] &&
    pass "token belongs to $CKAN_USER (sysadmin)" || fail "user_show: $(head -c 300 "$B")"

# 2. package_create with the metadata Ochiq sends
NAME="ochiq-smoke-$(date +%s)"
post_json create "$CKAN_TOKEN" package_create "{
  \"name\": \"$NAME\", \"owner_org\": \"$CKAN_ORG\",
  \"title\": \"Aholi soni / Население\", \"notes\": \"Smoke test dataset, UTF-8: o‘zbek, русский.\",
  \"tags\": [{\"name\": \"population\"}, {\"name\": \"smoke\"}],
  \"license_id\": \"cc-by\", \"maintainer\": \"Ochiq Smoke\", \"maintainer_email\": \"smoke@example.org\",
  \"extras\": [{\"key\": \"periodicity\", \"value\": \"monthly\"}, {\"key\": \"source\", \"value\": \"ochiq\"}]
}"
expect "package_create in $CKAN_ORG" 200
PKG_ID="$(jget "$B" 'd["result"]["id"]')"
note "package id $PKG_ID"

# 3. a user who is not a member of the organisation
post_json notmember "$CKAN_OTHER_TOKEN" package_create \
    "{\"name\": \"$NAME-x\", \"owner_org\": \"$CKAN_ORG\", \"title\": \"nope\"}"
expect "package_create by a non-member" 403
NOTMEMBER_ST="$ST"; NOTMEMBER_BODY="$(head -c 400 "$B")"

# 4. multipart resource_create
printf 'region,year,population\nToshkent,2024,3000000\nSamarqand,2024,4200000\n' >"$WORK/data.csv"
api res "$CKAN_TOKEN" resource_create -F "package_id=$PKG_ID" -F "name=data.csv" -F "format=CSV" \
    -F "description=first upload" -F "upload=@$WORK/data.csv;type=text/csv"
expect "resource_create (multipart upload)" 200
RES_ID="$(jget "$B" 'd["result"]["id"]')"
RES_URL="$(jget "$B" 'd["result"]["url"]')"
note "resource url: $RES_URL (url_type=$(jget "$B" 'd["result"]["url_type"]'), size=$(jget "$B" 'd["result"].get("size")'))"

api show1 "$CKAN_TOKEN" "package_show?id=$PKG_ID"
expect "package_show right after resource_create" 200
[ "$(jget "$B" 'len(d["result"]["resources"])')" = "1" ] &&
    pass "package_show already lists the resource" || fail "resources: $(jget "$B" 'd["result"]["resources"]')"

# 5. download and compare
DL="$(curl -sS -o "$WORK/dl1.csv" -w '%{http_code}' "$RES_URL")"
if [ "$DL" = 200 ] && cmp -s "$WORK/data.csv" "$WORK/dl1.csv"; then
    pass "download $RES_URL -> 200, bytes identical"
else
    fail "download -> $DL, bytes differ"
fi

# 6. package_patch the title, 7. package_show confirms everything
post_json patch "$CKAN_TOKEN" package_patch "{\"id\": \"$PKG_ID\", \"title\": \"Aholi soni (patched)\"}"
expect "package_patch title" 200
api show2 "$CKAN_TOKEN" "package_show?id=$NAME"
expect "package_show" 200
got="$(jget "$B" '"|".join([d["result"]["title"], d["result"]["license_id"], d["result"]["maintainer"], ",".join(sorted(t["name"] for t in d["result"]["tags"])), ",".join(sorted(e["key"]+"="+e["value"] for e in d["result"]["extras"])), str(len(d["result"]["resources"])), d["result"]["organization"]["name"]])')"
want="Aholi soni (patched)|cc-by|Ochiq Smoke|population,smoke|periodicity=monthly,source=ochiq|1|$CKAN_ORG"
[ "$got" = "$want" ] && pass "package_show: title patched, tags/license/maintainer/extras/resource kept" ||
    fail "package_show: got '$got' want '$want'"

# package_update: the full dict back with a change (what a non-patch client sends)
"$PY" - "$B" >"$WORK/update-body.json" <<'PYEOF'
import json, sys
d = json.load(open(sys.argv[1]))["result"]
d["notes"] = "Updated with package_update."
print(json.dumps(d))
PYEOF
post_json update "$CKAN_TOKEN" package_update "$(cat "$WORK/update-body.json")"
expect "package_update (full dict)" 200
[ "$(jget "$B" 'd["result"]["notes"]+"|"+str(len(d["result"]["resources"]))+"|"+d["result"]["title"]')" = "Updated with package_update.|1|Aholi soni (patched)" ] &&
    pass "package_update kept title and resource" || fail "package_update: $(head -c 300 "$B")"

# 8. resource_patch replacing the file
printf 'region,year,population\nToshkent,2025,3100000\nBuxoro,2025,2000000\nXiva,2025,100000\n' >"$WORK/data2.csv"
api rpatch "$CKAN_TOKEN" resource_patch -F "id=$RES_ID" -F "upload=@$WORK/data2.csv;type=text/csv"
expect "resource_patch (new file)" 200
RES_URL2="$(jget "$B" 'd["result"]["url"]')"
note "resource url after patch: $RES_URL2"
DL="$(curl -sS -o "$WORK/dl2.csv" -w '%{http_code}' "$RES_URL2")"
if [ "$DL" = 200 ] && cmp -s "$WORK/data2.csv" "$WORK/dl2.csv"; then
    pass "download after resource_patch -> 200, new bytes"
else
    fail "download after patch -> $DL, bytes differ"
fi
DL="$(curl -sS -o "$WORK/dl-old.csv" -w '%{http_code}' "$RES_URL")"
cmp -s "$WORK/data2.csv" "$WORK/dl-old.csv" && same=new || same=old
note "the old URL (.../download/data.csv) after the patch -> $DL, serves the $same bytes"

# 9. over the size limit (ckan.max_resource_size = $CKAN_MAX_RESOURCE_SIZE_MB MB)
head -c $(( (CKAN_MAX_RESOURCE_SIZE_MB + 1) * 1024 * 1024 )) /dev/zero | tr '\0' 'a' >"$WORK/big.csv"
api big "$CKAN_TOKEN" resource_create -F "package_id=$PKG_ID" -F "name=big.csv" -F "upload=@$WORK/big.csv;type=text/csv"
BIG_ST="$ST"; BIG_BODY="$(head -c 400 "$B")"
case "$ST" in 409|413) pass "upload over ${CKAN_MAX_RESOURCE_SIZE_MB} MB refused -> $ST" ;; *) fail "oversize upload -> $ST: $BIG_BODY" ;; esac
api show3 "$CKAN_TOKEN" "package_show?id=$PKG_ID"
[ "$(jget "$B" 'len(d["result"]["resources"])')" = "1" ] && pass "refused upload left no resource behind" ||
    fail "resources after refused upload: $(jget "$B" 'len(d["result"]["resources"])')"

# 10. a bad token
api bad "not-a-real-token" "organization_list_for_user?permission=create_dataset"
BAD_ST="$ST"; BAD_BODY="$(head -c 400 "$B")"
note "bad token, organization_list_for_user -> $ST (CKAN treats a bad token as anonymous)"
api badme "not-a-real-token" user_show
BADME_ST="$ST"; BADME_BODY="$(head -c 400 "$B")"
[ "$ST" != 200 ] && pass "user_show with a bad token -> $ST" || fail "user_show with a bad token -> 200"
post_json badcreate "not-a-real-token" package_create "{\"name\": \"$NAME-bad\", \"owner_org\": \"$CKAN_ORG\"}"
BADC_ST="$ST"; BADC_BODY="$(head -c 400 "$B")"
[ "$ST" = 403 ] || [ "$ST" = 401 ] && pass "package_create with a bad token refused -> $ST" || fail "bad-token create -> $ST"

# 11. search basics (answered by the ochiqsearch plugin)
api s1 "" "package_search?fq=organization:$CKAN_ORG"
expect "package_search fq=organization" 200
[ "$(jget "$B" 'd["result"]["count"]')" = "1" ] && pass "package_search finds the dataset" || fail "search: $(head -c 300 "$B")"
api s2 "" "package_search?q=patched&fq=owner_org:$CKAN_ORG_ID"
[ "$(jget "$B" '[r["name"] for r in d["result"]["results"]]')" = "['$NAME']" ] &&
    pass "package_search q=patched + fq=owner_org" || fail "search q: $(head -c 300 "$B")"
api s3 "" "package_search?fq=name:does-not-exist"
[ "$(jget "$B" 'd["result"]["count"]')" = "0" ] && pass "package_search with no match -> 0" || fail "search none: $(head -c 300 "$B")"
post_json priv "$CKAN_TOKEN" package_create "{\"name\": \"$NAME-private\", \"owner_org\": \"$CKAN_ORG\", \"private\": true}"
expect "package_create private" 200
api s4 "" "package_search?fq=organization:$CKAN_ORG&include_private=true"
a="$(jget "$B" 'd["result"]["count"]')"
api s5 "$CKAN_TOKEN" "package_search?fq=organization:$CKAN_ORG&include_private=true"
b="$(jget "$B" 'd["result"]["count"]')"
api s6 "$CKAN_OTHER_TOKEN" "package_search?fq=organization:$CKAN_ORG&include_private=true"
c="$(jget "$B" 'd["result"]["count"]')"
[ "$a/$b/$c" = "1/2/1" ] && pass "private dataset visible to sysadmin only (anon 1, admin 2, other 1)" ||
    fail "private visibility anon/admin/other = $a/$b/$c"
api s7 "" "package_search?facet.field=%5B%22tags%22,%22res_format%22%5D&rows=0"
[ "$(jget "$B" 'd["result"]["facets"]["tags"]["population"]')" = "1" ] && pass "package_search facets" ||
    fail "facets: $(head -c 300 "$B")"
api orgshow "" "organization_show?id=$CKAN_ORG&include_datasets=true"
expect "organization_show include_datasets" 200
[ "$(jget "$B" '[p["name"] for p in d["result"]["packages"]]')" = "['$NAME']" ] &&
    pass "organization_show lists the public dataset (package_count $(jget "$B" 'd["result"]["package_count"]'))" ||
    fail "organization_show: $(head -c 300 "$B")"
api orglist "" "organization_list?all_fields=true"
expect "organization_list all_fields" 200
[ "$(jget "$B" 'd["result"][0]["package_count"]')" = "1" ] && pass "organization_list package_count 1" ||
    fail "organization_list: $(head -c 300 "$B")"
post_json del "$CKAN_TOKEN" package_delete "{\"id\": \"$NAME-private\"}"
expect "package_delete" 200
api s8 "$CKAN_TOKEN" "package_search?fq=organization:$CKAN_ORG&include_private=true"
[ "$(jget "$B" 'd["result"]["count"]')" = "1" ] && pass "deleted dataset gone from package_search" ||
    fail "after delete: $(head -c 300 "$B")"
ST="$(curl -sS -o "$WORK/ui.html" -w '%{http_code}' "$CKAN_URL/dataset/?q=aholi")"; B="$WORK/ui.html"
expect "web UI /dataset/?q=aholi (search page with facets)" 200
grep -q "$NAME" "$WORK/ui.html" && pass "web UI search lists the dataset" || fail "web UI search page lacks $NAME"
api srch "" "package_search?q=title:(a%20b"
note "malformed q -> $ST $(head -c 200 "$B")"

T_CHECKS="$(ock_since "$T")"
echo "== observed"
echo "  over-limit upload ($(( CKAN_MAX_RESOURCE_SIZE_MB + 1 )) MB): HTTP $BIG_ST $BIG_BODY"
echo "  bad token, organization_list_for_user: HTTP $BAD_ST $BAD_BODY"
echo "  bad token, user_show (no id): HTTP $BADME_ST $BADME_BODY"
echo "  bad token, package_create: HTTP $BADC_ST $BADC_BODY"
echo "  non-member package_create: HTTP $NOTMEMBER_ST $NOTMEMBER_BODY"
