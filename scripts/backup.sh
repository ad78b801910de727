#!/usr/bin/env bash
# Logical backup of the Stroomplan database with pg_dump (custom format), checked and optionally
# encrypted. See docs/OPERATIONS.md, 'Backup and restore'.
#
#   scripts/backup.sh DATABASE_URI [OUTPUT]
#
#   DATABASE_URI  a libpq URI of the schema owner, e.g. postgresql://stroomplan_owner@db.example:5432/stroomplan
#                 (the password from PGPASSWORD or ~/.pgpass, never on the command line)
#   OUTPUT        the dump file; default stroomplan-<UTC time>.dump in the current directory
#
# Environment:
#   PG_BIN                          directory of pg_dump and pg_restore (default: the ones on PATH); their
#                                   major version must be at least the server's
#   STROOMPLAN_BACKUP_PASSPHRASE_FILE  when set, the dump is encrypted with gpg (AES-256, integrity
#                                   protected) to OUTPUT.gpg and the plain dump is removed
#
# Writes OUTPUT (or OUTPUT.gpg) and OUTPUT.sha256 (or OUTPUT.gpg.sha256); prints the file written.
set -euo pipefail

if [ $# -lt 1 ] || [ $# -gt 2 ]; then
    sed -n '2,18p' "$0" >&2
    exit 2
fi
uri="$1"
output="${2:-stroomplan-$(date -u +%Y%m%dT%H%M%SZ).dump}"
bin="${PG_BIN:+$PG_BIN/}"
umask 077

partial="$output.partial"
trap 'rm -f "$partial"' EXIT
# one consistent snapshot of the whole database; without owners' passwords or other databases
"${bin}pg_dump" --format=custom --compress=6 --no-password --file="$partial" --dbname="$uri"
# the archive must be readable, or it is no backup
"${bin}pg_restore" --list "$partial" >/dev/null
mv "$partial" "$output"

if [ -n "${STROOMPLAN_BACKUP_PASSPHRASE_FILE:-}" ]; then
    gpg --batch --yes --quiet --symmetric --cipher-algo AES256 --s2k-digest-algo SHA512 \
        --passphrase-file "$STROOMPLAN_BACKUP_PASSPHRASE_FILE" --pinentry-mode loopback \
        --output "$output.gpg" "$output"
    rm -f "$output"
    output="$output.gpg"
fi
(cd "$(dirname "$output")" && sha256sum "$(basename "$output")") >"$output.sha256"
echo "$output"
