# Shared by the drills (sourced, not run).

# The notice texts approved, as an administrator does before a campaign (a new database holds the
# repository's texts as drafts). Arguments: the API's address, the administrator, her password, the
# X-Requested-By value. Prints how many were approved.
approve_drafts() {
  local api=$1 admin=$2 password=$3 by=$4 drafts draft
  drafts=$(curl -fsS -u "$admin:$password" "$api/admin/notice-templates?status=DRAFT" |
    python3 -c 'import json, sys; print("\n".join(v["id"] for v in json.load(sys.stdin)))') ||
    return 1
  for draft in $drafts; do
    curl -fsS -o /dev/null -u "$admin:$password" -H "X-Requested-By: $by" \
      -X POST "$api/admin/notice-templates/$draft/approve" || return 1
  done
  wc -w <<<"$drafts"
}

# The class path of the drills' Java parts (workflow-ear's test classes and their dependencies),
# which the normal build compiles.
drill_classpath() {
  local file=$PWD/target/cluster/drill.classpath
  ./mvnw -B -ntp -q -o dependency:build-classpath -pl workflow-ear -Dmdep.includeScope=test \
    -Dmdep.outputFile="$file" >/dev/null || return 1
  echo "workflow-ear/target/test-classes:$(cat "$file")"
}
