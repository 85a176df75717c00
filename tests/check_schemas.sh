#!/usr/bin/env bash
# Validates the bundled framework, mapping and questionnaire files, the good test files, the good
# packet and the good benchlearning files against the schemas with xmllint (no network: the
# schemas import only local files).
set -euo pipefail
root="$1"
status=0
for f in "$root"/frameworks/data/*.xml "$root"/tests/data/frameworks/good/*.xml "$root"/tests/data/frameworks/newer/*.xml; do
  if grep -q '<mapping ' "$f"; then schema=mapping.xsd; else schema=framework.xsd; fi
  xmllint --noout --nonet --schema "$root/frameworks/schema/$schema" "$f" 2>&1 | grep -v ' validates$' || true
  xmllint --noout --nonet --schema "$root/frameworks/schema/$schema" "$f" >/dev/null 2>&1 || status=1
done
# The bundled questionnaires and the good test ones.
for f in "$root"/frameworks/questionnaires/*.xml "$root"/tests/data/questionnaires/good/*.xml; do
  xmllint --noout --nonet --schema "$root/frameworks/schema/questionnaire.xsd" "$f" 2>&1 | grep -v ' validates$' || true
  xmllint --noout --nonet --schema "$root/frameworks/schema/questionnaire.xsd" "$f" >/dev/null 2>&1 || status=1
done
# The good packet (its MAC and checksum lines are processing instructions after the root).
for f in "$root"/tests/data/packets/good/*.assessa-packet; do
  xmllint --noout --nonet --schema "$root/exports/schema/packet.xsd" "$f" 2>&1 | grep -v ' validates$' || true
  xmllint --noout --nonet --schema "$root/exports/schema/packet.xsd" "$f" >/dev/null 2>&1 || status=1
done
# The good benchlearning files: a submission and a comparison set (their checksum line is a
# processing instruction after the root).
for f in "$root"/tests/data/bench/good/*.assessa-bench "$root"/tests/data/bench/good/*.assessa-benchset; do
  xmllint --noout --nonet --schema "$root/exports/schema/bench.xsd" "$f" 2>&1 | grep -v ' validates$' || true
  xmllint --noout --nonet --schema "$root/exports/schema/bench.xsd" "$f" >/dev/null 2>&1 || status=1
done
exit $status
