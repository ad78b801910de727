#!/usr/bin/env bash
# Restores a dump of scripts/backup.sh into an EMPTY database prepared as docs/OPERATIONS.md says
# (roles, database, extensions), all or nothing.
#
#   scripts/restore.sh DUMP DATABASE_URI
#
#   DUMP          a file written by scripts/backup.sh: NAME.dump, or NAME.dump.gpg (encrypted)
#   DATABASE_URI  a libpq URI of the schema owner of the target database
#
# Environment: PG_BIN as for backup.sh; STROOMPLAN_BACKUP_PASSPHRASE_FILE for an encrypted dump.
# Afterwards verify the audit chain: java -jar stroomplan.jar --audit-verify (against the target).
set -euo pipefail

if [ $# -ne 2 ]; then
    sed -n '2,12p' "$0" >&2
    exit 2
fi
dump="$1"
uri="$2"
bin="${PG_BIN:+$PG_BIN/}"
umask 077
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if [ -f "$dump.sha256" ]; then
    (cd "$(dirname "$dump")" && sha256sum --check --quiet "$(basename "$dump").sha256")
fi
if [[ "$dump" == *.gpg ]]; then
    : "${STROOMPLAN_BACKUP_PASSPHRASE_FILE:?the dump is encrypted: set STROOMPLAN_BACKUP_PASSPHRASE_FILE}"
    gpg --batch --quiet --decrypt --passphrase-file "$STROOMPLAN_BACKUP_PASSPHRASE_FILE" --pinentry-mode loopback \
        --output "$work/stroomplan.dump" "$dump"
    dump="$work/stroomplan.dump"
fi

# the extensions belong to the database's preparation (a superuser creates them), not to the restore
"${bin}pg_restore" --list "$dump" | grep -v -E ' (EXTENSION|COMMENT - EXTENSION) ' >"$work/contents"
"${bin}pg_restore" --exit-on-error --single-transaction --no-owner --no-password \
    --use-list="$work/contents" --dbname="$uri" "$dump"
echo "restored $(basename "$1") into ${uri##*/}"
