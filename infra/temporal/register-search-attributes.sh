#!/bin/sh
# The compose `temporal-setup` job (temporalio/admin-tools): registers every custom search
# attribute of temporal/search-attributes.json in the namespace, skipping the ones already
# there, so it is safe on every `docker compose up`. The native path does the same through
# ensureSearchAttributes() in scripts/services/temporal.ts.
set -eu
file=/etc/casino/search-attributes.json
namespace="${TEMPORAL_NAMESPACE:-default}"

# The file holds one "Name": "Type" pair per line; this image has no JSON tool.
pairs=$(sed -n 's/^[[:space:]]*"\([A-Za-z_][A-Za-z0-9_]*\)"[[:space:]]*:[[:space:]]*"\([A-Za-z]*\)".*/\1 \2/p' "$file")
if [ -z "$pairs" ]; then
  echo "temporal-setup: no search attributes found in $file" >&2
  exit 1
fi

# A namespace that auto-setup has just created can take a few seconds to reach every service.
tries=0
until existing=$(temporal operator search-attribute list --namespace "$namespace"); do
  tries=$((tries + 1))
  if [ "$tries" -ge 30 ]; then
    echo "temporal-setup: cannot list the search attributes of namespace $namespace" >&2
    exit 1
  fi
  sleep 2
done

echo "$pairs" | while read -r name type; do
  if echo "$existing" | grep -qw "$name"; then
    echo "temporal-setup: $name already registered"
  else
    temporal operator search-attribute create --namespace "$namespace" --name "$name" --type "$type"
    echo "temporal-setup: registered $name ($type)"
  fi
done
