#!/usr/bin/env bash
# A first session with Satu Atap, against a running service with its demo accounts (password "demo"):
# register a worker at the manpower desk, start a pre-departure application, complete the desk's first
# step, file a complaint at the complaints desk, and read the application's timeline.
#
#   BASE_URL=http://localhost:8080 examples/first-session.sh
#
# Needs bash and curl only. Each step prints what it sent and the answer's key fields.
set -euo pipefail
base=${BASE_URL:-http://localhost:8080}
api="$base/api/v1"

# call USER METHOD PATH [JSON]: the answer's body on stdout; fails on any status of 400 or more.
call() {
  local user=$1 method=$2 path=$3 body=${4:-}
  local args=(-sS -u "$user:demo" -X "$method" -H 'Accept: application/json' -H 'Accept-Language: en' -w '\n%{http_code}')
  [ -n "$body" ] && args+=(-H 'Content-Type: application/json' --data "$body")
  local out status
  out=$(curl "${args[@]}" "$api$path")
  status=${out##*$'\n'}
  out=${out%$'\n'*}
  if [ "$status" -ge 400 ]; then
    echo "$method $path as $user answered $status: $out" >&2
    return 1
  fi
  printf '%s' "$out"
}
# field NAME: the first string value of "NAME" in the JSON on stdin.
field() { grep -o "\"$1\" *: *\"[^\"]*\"" | head -n 1 | sed 's/.*: *"\(.*\)"/\1/'; }

# 1. A worker. The NIK is 16 digits: where it was issued (province 32 West Java, regency 09 Cirebon,
#    district 15), the birth date as DDMMYY with 40 added to the day for women (5 March 2001 -> 450301),
#    and a serial. A random serial keeps this script repeatable on the same database.
serial=$(printf '%04d' $((RANDOM % 9000 + 1000)))
nik="320915450301$serial"
echo "1. Register worker with NIK $nik at the manpower desk (disnaker)"
worker=$(call disnaker POST /workers "{
  \"nik\": \"$nik\", \"fullName\": \"Siti Aminah\", \"sex\": \"FEMALE\", \"birthDate\": \"2001-03-05\",
  \"birthPlace\": \"Cirebon\", \"maritalStatus\": \"SINGLE\", \"phone\": \"+6281234567890\",
  \"address\": {\"village\": \"Gebang\", \"district\": \"Gebang\", \"regencyCode\": \"3209\", \"provinceCode\": \"32\"},
  \"familyMembers\": [{\"name\": \"Rohmat\", \"nik\": \"3209151003700002\", \"relation\": \"FATHER\"}]}" | field id)
echo "   worker $worker"

echo "2. Start a pre-departure application (factory work in Taiwan)"
application=$(call disnaker POST /applications "{
  \"workerId\": \"$worker\", \"destinationCountry\": \"TW\", \"sector\": \"MANUFACTURING\",
  \"jobTitle\": \"Factory operator\", \"employerName\": \"Formosa Electronics Ltd\", \"scheme\": \"G_TO_G\"}" | field id)
echo "   application $application"

echo "3. The manpower desk's first step: check the job order"
task=$(call disnaker GET "/tasks?businessKey=$application&processKey=pre-departure" | field id)
call disnaker GET "/tasks/$task" | field name | sed 's/^/   task: /'
call disnaker POST "/tasks/$task/complete" '{"variables": {"jobOrderNumber": "JO-2026-0042", "jobOrderValid": true}}' >/dev/null
echo "   completed $task"

echo "4. A complaint at the complaints desk (pengaduan): wages unpaid abroad"
case=$(call pengaduan POST /cases "{
  \"channel\": \"WALK_IN\", \"reporter\": {\"type\": \"WORKER\", \"phone\": \"+6281234567890\"},
  \"workerId\": \"$worker\", \"stage\": \"ABROAD\", \"country\": \"TW\", \"category\": \"UNPAID_WAGES\",
  \"description\": \"Wages for three months were not paid.\",
  \"consent\": {\"shareWithPartners\": true, \"shareWithAuthorities\": true}}" | field id)
echo "   case $case"

echo "5. The application as the desk sees it: status, stage and timeline"
view=$(call disnaker GET "/applications/$application")
echo "   status $(printf '%s' "$view" | field status), stage $(printf '%s' "$view" | field stage)"
printf '%s' "$view" | grep -o '"timeline" *: *\[.*' | head -c 400; echo
echo "First session done."
