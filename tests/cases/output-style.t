# Tables for people, values for programs.
$ ehtrack plan sync fixtures/plans/register.yaml fixtures/plans/plan-good.yaml fixtures/plans/plan-group.yaml fixtures/plans/plan-smart.yaml > /dev/null 2>&1

# A table cuts long text with ~ only on a terminal; piped into another
# program (grep, a file) every value comes whole. (script gives the
# command a terminal; tr drops the terminal's carriage returns.)
$ ehtrack status | grep Rivierenland
> smart-warnings       01000003  Zorggroep Rivierenland  ####>.  implement   67%
$ script -qec "ehtrack status" /dev/null | tr -d '\r'
> PLAN                 PRACTICE  CARE GROUP            NVSPIS  CURRENT    DONE
> smart-warnings       01000003  Zorggroep Rivierenl~  ####>.  implement   67%
> telemonitoring-west  -         Zorggroep West        #>....  vision      17%
> econsult-gracht      01000001  Zorggroep West        ##-#>.  implement   67%
>
> NVSPIS: needs vision selection plan implement scale
>         # done  > in progress  . not started  - skipped
$ ehtrack plan list | grep -c "Telemonitoring voor de zorggroep"
> 1
$ script -qec "ehtrack plan list" /dev/null | tr -d '\r' | grep -c "Telemonitoring voor de zorggr~"
> 1
