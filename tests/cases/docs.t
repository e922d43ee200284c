# The command reference is generated from the help of the binary; it must
# not drift from the command table.
$ $ROOT/tests/tools/commands-doc.sh ehtrack | diff - $ROOT/docs/commands.md && echo "docs/commands.md is up to date"
> docs/commands.md is up to date
