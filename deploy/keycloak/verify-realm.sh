#!/usr/bin/env bash
# Checks the saola realm (deploy/keycloak/saola-realm.json) against a running Keycloak, with curl only:
#   (c) client credentials of saola-identity work and carry the realm-management roles it needs;
#   (b) with that service account: organization <slug>, a member user, group /<slug>/workspace-admin; then a
#       password grant for saola-web (scope "openid organization") gives an access token with
#       organization=[<slug>], groups=[/<slug>/workspace-admin], aud ∋ saola-api, iss=http://127.0.0.1:<port>/realms/saola.
# Usage: deploy/keycloak/verify-realm.sh [keycloak-port=8180] [slug=verify<random>]
# Local profile only: uses the dev-only secret and password grant of the local realm file. Needs curl and python3.
set -euo pipefail
PORT="${1:-${SAOLA_KEYCLOAK_PORT:-8180}}"
SLUG="${2:-verify$RANDOM}"
KC="http://127.0.0.1:$PORT"; R="$KC/realms/saola"; A="$KC/admin/realms/saola"
json() { python3 -c "import sys,json;d=json.load(sys.stdin);print($1)"; }
claims() { python3 -c 'import sys,json,base64;t=sys.stdin.read().strip().split(".")[1];t+="="*(-len(t)%4);print(json.dumps(json.loads(base64.urlsafe_b64decode(t))))'; }
fail() { echo "FAIL: $*" >&2; exit 1; }

echo "== (a) realm imported: $(curl -fsS "$R/.well-known/openid-configuration" | json 'd["issuer"]')"

echo "== (c) client credentials for saola-identity"
SAT=$(curl -fsS -d grant_type=client_credentials -d client_id=saola-identity -d client_secret=saola-identity-dev-secret \
  "$R/protocol/openid-connect/token" | json 'd["access_token"]')
echo "$SAT" | claims | python3 -c 'import sys,json;d=json.load(sys.stdin);r=d["resource_access"]["realm-management"]["roles"];print("  iss",d["iss"],"aud",d["aud"],"realm-management roles",sorted(r));need={"manage-users","view-users","query-users","query-groups","manage-realm","view-realm","manage-clients"};assert need<=set(r),need-set(r)'
H=(-H "Authorization: Bearer $SAT" -H "Content-Type: application/json")

echo "== (b) organization $SLUG, user admin@$SLUG.local, group /$SLUG/workspace-admin (as the saola-identity service account)"
code() { curl -s -o /dev/null -w "%{http_code}" "$@"; }
echo "  create organization: $(code "${H[@]}" -d "{\"name\":\"$SLUG\",\"alias\":\"$SLUG\",\"enabled\":true,\"domains\":[{\"name\":\"$SLUG.saola.local\"}]}" "$A/organizations")"
ORG=$(curl -fsS "${H[@]}" "$A/organizations?search=$SLUG&exact=true" | json 'd[0]["id"]')
echo "  create user: $(code "${H[@]}" -d "{\"username\":\"admin@$SLUG.local\",\"email\":\"admin@$SLUG.local\",\"emailVerified\":true,\"enabled\":true,\"firstName\":\"Verify\",\"lastName\":\"Admin\",\"credentials\":[{\"type\":\"password\",\"value\":\"demo1234\",\"temporary\":false}]}" "$A/users")"
USER_ID=$(curl -fsS "${H[@]}" "$A/users?username=admin@$SLUG.local&exact=true" | json 'd[0]["id"]')
echo "  add organization member: $(code "${H[@]}" -d "\"$USER_ID\"" "$A/organizations/$ORG/members")"
echo "  create group /$SLUG: $(code "${H[@]}" -d "{\"name\":\"$SLUG\"}" "$A/groups")"
TOP=$(curl -fsS "${H[@]}" "$A/group-by-path/$SLUG" | json 'd["id"]')
echo "  create group /$SLUG/workspace-admin: $(code "${H[@]}" -d '{"name":"workspace-admin"}' "$A/groups/$TOP/children")"
GROUP=$(curl -fsS "${H[@]}" "$A/group-by-path/$SLUG/workspace-admin" | json 'd["id"]')
echo "  join group: $(code "${H[@]}" -X PUT "$A/users/$USER_ID/groups/$GROUP")"

echo "== password grant, saola-web, scope 'openid organization'"
TOKEN=$(curl -fsS -d grant_type=password -d client_id=saola-web -d "username=admin@$SLUG.local" -d password=demo1234 \
  --data-urlencode "scope=openid organization" "$R/protocol/openid-connect/token" | json 'd["access_token"]')
echo "$TOKEN" | claims | SLUG="$SLUG" ISS="$R" python3 -c '
import sys, json, os
d = json.load(sys.stdin); slug = os.environ["SLUG"]; iss = os.environ["ISS"]
for k in ("iss", "aud", "azp", "organization", "groups", "preferred_username", "scope", "exp", "iat"):
    print("  %-18s %s" % (k, json.dumps(d.get(k))))
aud = d["aud"] if isinstance(d["aud"], list) else [d["aud"]]
assert d["iss"] == iss, "iss " + d["iss"]
assert "saola-api" in aud, "aud"
assert slug in d.get("organization", []), "organization"
assert "/" + slug + "/workspace-admin" in d.get("groups", []), "groups"
assert d["exp"] - d["iat"] == 300, "lifespan"
print("  OK: organization, groups, aud, iss, 300 s lifespan")'

echo "== the same token endpoint reached as localhost: iss stays fixed (--hostname)"
curl -fsS -d grant_type=password -d client_id=saola-web -d "username=admin@$SLUG.local" -d password=demo1234 \
  "http://localhost:$PORT/realms/saola/protocol/openid-connect/token" | json 'd["access_token"]' | claims | json '"  iss " + d["iss"]'
echo "ALL OK"
