# Haraka as `haraka -i` sets up a folder, without the bounce templates the package ships (the
# haraka-config module reads only that folder): its bounce then has no From, To or Subject and an
# empty text part, only its DSN. Otherwise the same configuration as haraka.sh.
HARAKA_SKELETON=1
# shellcheck source=scripts/lab/mta/haraka.sh
source scripts/lab/mta/haraka.sh
