# plan history names who recorded each entry (the login name; the tests set
# EHTRACK_USER) and, for a plan file in a git work tree, the commit and
# author of the file's last change, asked of git. A plan folder outside git
# has none, and a machine without git is no error.
#
# A care group's repository: Anna commits the plans, Bert finishes the
# implement step; Carla syncs his change. Fixed dates make the hashes fixed.
$ HOME=$PWD GIT_CONFIG_NOSYSTEM=1 git -c init.defaultBranch=main init -q repo && mkdir repo/plans && cp fixtures/plans/register.yaml fixtures/plans/plan-good.yaml repo/plans/
$ cd repo && git add plans && HOME=$PWD GIT_CONFIG_NOSYSTEM=1 GIT_COMMITTER_DATE=2026-11-20T10:00:00+01:00 git -c user.name="Anna de Vries" -c user.email=anna@example.nl commit -q --date=2026-11-20T10:00:00+01:00 -m "Plannen Zorggroep West" && git log --format='%H %an'
> 4670533aaea7cf9e60539a31dafd39a97b867c29 Anna de Vries
$ EHTRACK_USER=anna ehtrack plan sync repo/plans
> PLAN             STATE    CHANGES
> econsult-gracht  created        1
> synced 3 practices (3 new, 0 changed) and 1 plan (1 new, 0 changed, 0 unchanged)
$ sed 's/implement: {status: in_progress, started: 2026-01-05, mode: pilot, due: 2026-12-18}/implement: {status: done, started: 2026-01-05, completed: 2026-11-20, mode: full}/' fixtures/plans/plan-good.yaml > repo/plans/plan-good.yaml
$ cd repo && HOME=$PWD GIT_CONFIG_NOSYSTEM=1 GIT_COMMITTER_DATE=2026-11-23T09:00:00+01:00 git -c user.name="Bert Jansen" -c user.email=bert@example.nl commit -qa --date=2026-11-23T09:00:00+01:00 -m "Implementatie afgerond" && git log --format='%H %an'
> f8895a5b7e9e91117f2b780cd70fde19c507fde9 Bert Jansen
> 4670533aaea7cf9e60539a31dafd39a97b867c29 Anna de Vries
$ EHTRACK_USER=carla EHTRACK_NOW=2026-11-24T09:30:00 ehtrack plan sync repo/plans/
> PLAN             STATE    CHANGES
> econsult-gracht  changed        4
> synced 3 practices (0 new, 0 changed) and 1 plan (0 new, 1 changed, 0 unchanged)
$ ehtrack plan history econsult-gracht
> RECORDED                   BY     COMMIT    AUTHOR         CHANGE
> 2026-11-23T12:00:00+01:00  anna   4670533a  Anna de Vries  created
> 2026-11-24T09:30:00+01:00  carla  f8895a5b  Bert Jansen    steps.implement.status: in_progress -> done
>                                                            steps.implement.completed: (none) -> 2026-11-20
>                                                            steps.implement.due: 2026-12-18 -> (none)
>                                                            steps.implement.mode: pilot -> full
$ ehtrack plan history econsult-gracht --format csv
> recorded_at,recorded_by,source,commit,author,uncommitted,changes
> 2026-11-23T12:00:00+01:00,anna,repo/plans/plan-good.yaml,4670533aaea7cf9e60539a31dafd39a97b867c29,Anna de Vries,false,created
> 2026-11-24T09:30:00+01:00,carla,repo/plans/plan-good.yaml,f8895a5b7e9e91117f2b780cd70fde19c507fde9,Bert Jansen,false,steps.implement.status: in_progress -> done; steps.implement.completed: (none) -> 2026-11-20; steps.implement.due: 2026-12-18 -> (none); steps.implement.mode: pilot -> full
$ ehtrack plan history econsult-gracht --format json
> [
>   {"recorded_at": "2026-11-23T12:00:00+01:00", "recorded_by": "anna", "source": "repo/plans/plan-good.yaml", "commit": "4670533aaea7cf9e60539a31dafd39a97b867c29", "author": "Anna de Vries", "uncommitted": false, "changes": ["created"]},
>   {"recorded_at": "2026-11-24T09:30:00+01:00", "recorded_by": "carla", "source": "repo/plans/plan-good.yaml", "commit": "f8895a5b7e9e91117f2b780cd70fde19c507fde9", "author": "Bert Jansen", "uncommitted": false, "changes": ["steps.implement.status: in_progress -> done", "steps.implement.completed: (none) -> 2026-11-20", "steps.implement.due: 2026-12-18 -> (none)", "steps.implement.mode: pilot -> full"]}
> ]

# A file synced with changes not yet committed: its last commit, marked
# with +, as Bert's commit is not what was synced.
$ sed 's/owner: praktijkmanager/owner: teamleider/' repo/plans/plan-good.yaml > edited.yaml && mv edited.yaml repo/plans/plan-good.yaml
$ EHTRACK_USER=carla EHTRACK_NOW=2026-11-25T11:00:00 ehtrack plan sync repo/plans/plan-good.yaml | head -2 && ehtrack plan history econsult-gracht | tail -1
> PLAN             STATE    CHANGES
> econsult-gracht  changed        1
> 2026-11-25T11:00:00+01:00  carla  f8895a5b+  Bert Jansen    steps.needs.owner: praktijkmanager -> teamleider
$ ehtrack plan history econsult-gracht --format json | tail -2 | head -1
>   {"recorded_at": "2026-11-25T11:00:00+01:00", "recorded_by": "carla", "source": "repo/plans/plan-good.yaml", "commit": "f8895a5b7e9e91117f2b780cd70fde19c507fde9", "author": "Bert Jansen", "uncommitted": true, "changes": ["steps.needs.owner: praktijkmanager -> teamleider"]}

# Retiring is not a file change: who, and no commit.
$ EHTRACK_USER=bert EHTRACK_NOW=2026-11-25T11:30:00 ehtrack plan retire econsult-gracht > /dev/null && ehtrack plan history econsult-gracht --format csv | tail -1
> 2026-11-25T11:30:00+01:00,bert,repo/plans/plan-good.yaml,,,,retired

# A plan file git does not track yet has no commit: COMMIT says so, and
# the entry still names who synced it.
$ sed 's/^plan: econsult-gracht$/plan: econsult-gracht-2027/' repo/plans/plan-good.yaml > repo/plans/plan-2027.yaml
$ EHTRACK_USER=anna ehtrack plan sync repo/plans/plan-2027.yaml > /dev/null && ehtrack plan history econsult-gracht-2027
> RECORDED                   BY    COMMIT       AUTHOR  CHANGE
> 2026-11-23T12:00:00+01:00  anna  uncommitted  -       created

# Outside git: the same plan in a folder of its own.
$ mkdir loose && sed 's/^plan: econsult-gracht$/plan: econsult-loose/' fixtures/plans/plan-good.yaml > loose/plan.yaml
$ ehtrack plan sync loose/ > /dev/null && ehtrack plan history econsult-loose
> RECORDED                   BY      COMMIT  AUTHOR  CHANGE
> 2026-11-23T12:00:00+01:00  tester  -       -       created

# No git on the machine: the entry has no commit, and the sync succeeds.
$ sed 's/^plan: econsult-gracht$/plan: econsult-nogit/' repo/plans/plan-good.yaml > repo/plans/nogit.yaml
$ E=$(command -v ehtrack) && PATH=/nonexistent "$E" plan sync repo/plans/nogit.yaml
> PLAN            STATE    CHANGES
> econsult-nogit  created        1
> synced 0 practices (0 new, 0 changed) and 1 plan (1 new, 0 changed, 0 unchanged)
$ ehtrack plan history econsult-nogit --format json
> [
>   {"recorded_at": "2026-11-23T12:00:00+01:00", "recorded_by": "tester", "source": "repo/plans/nogit.yaml", "commit": null, "author": null, "uncommitted": null, "changes": ["created"]}
> ]

# A plan file a commit deleted, put back with a change and not added: git
# has no commit of its text. The entry has none and is uncommitted (it
# named the commit that deleted the file, as not uncommitted).
$ cp repo/plans/plan-good.yaml kept.yaml && cd repo && HOME=$PWD GIT_CONFIG_NOSYSTEM=1 GIT_COMMITTER_DATE=2026-11-25T09:00:00+01:00 git -c user.name="Dirk Wisser" -c user.email=dirk@example.nl rm -qf plans/plan-good.yaml && HOME=$PWD GIT_CONFIG_NOSYSTEM=1 GIT_COMMITTER_DATE=2026-11-25T09:00:00+01:00 git -c user.name="Dirk Wisser" -c user.email=dirk@example.nl commit -q --date=2026-11-25T09:00:00+01:00 -m "Plan weg" && git log -1 --format='%an'
> Dirk Wisser
$ sed 's/^title: .*/title: Terug/' kept.yaml > repo/plans/plan-good.yaml && EHTRACK_USER=carla EHTRACK_NOW=2026-11-26T09:30:00 ehtrack plan sync repo/plans/plan-good.yaml > /dev/null 2>&1; ehtrack plan history econsult-gracht --format json | tail -2 | head -1 | cut -c1-190
>   {"recorded_at": "2026-11-26T09:30:00+01:00", "recorded_by": "carla", "source": "repo/plans/plan-good.yaml", "commit": null, "author": null, "uncommitted": true, "changes": ["title: E-consu

# The same file staged (git add), not committed: HEAD still has no text of
# it, so no commit either (it named the deleting commit again).
$ cd repo && git add plans/plan-good.yaml && cd .. && sed -i 's/^title: .*/title: Terug en gestaged/' repo/plans/plan-good.yaml && EHTRACK_USER=carla EHTRACK_NOW=2026-11-27T09:30:00 ehtrack plan sync repo/plans/plan-good.yaml > /dev/null 2>&1; ehtrack plan history econsult-gracht --format json | tail -2 | head -1 | cut -c1-150
>   {"recorded_at": "2026-11-27T09:30:00+01:00", "recorded_by": "carla", "source": "repo/plans/plan-good.yaml", "commit": null, "author": null, "uncommi

# A merge: Erik's branch and Bert's commit each change the plan, Carla
# merges them. The entry names the merge, as git log -- FILE does (it named
# Bert's commit, which does not hold Erik's change that was recorded).
$ export HOME=$PWD GIT_CONFIG_NOSYSTEM=1 GIT_COMMITTER_DATE=2026-11-20T10:00:00+01:00 GIT_AUTHOR_DATE=2026-11-20T10:00:00+01:00 && git -c init.defaultBranch=main init -q merged && mkdir merged/plans && sed 's/^plan: econsult-gracht$/plan: econsult-merged/' fixtures/plans/plan-good.yaml > merged/plans/plan.yaml && cp fixtures/plans/register.yaml merged/plans/ && cd merged && git add plans && git -c user.name=Anna -c user.email=a@x commit -qm init && git checkout -qb erik && sed -i 's/owner: praktijkmanager/owner: Erik/' plans/plan.yaml && git -c user.name=Erik -c user.email=e@x commit -qam erik && git checkout -q main && sed -i 's/^title: .*/title: Samen/' plans/plan.yaml && git -c user.name=Bert -c user.email=b@x commit -qam bert && git -c user.name=Carla -c user.email=c@x merge -q --no-edit erik && git log -1 --format='%h %an' -- plans/plan.yaml && cd .. && EHTRACK_USER=carla ehtrack plan sync merged/plans > /dev/null && ehtrack plan history econsult-merged --format csv | tail -1 | cut -d, -f4,5 | cut -c1-7,41-
> Auto-merging plans/plan.yaml
> df34e52 Carla
> df34e52,Carla

# A repository without a commit yet (a care group's plans folder just
# made one): git holds no text of its files, untracked or staged, so each
# entry is uncommitted (it was '-', as a folder outside git).
$ git -c init.defaultBranch=main init -q fresh && mkdir fresh/plans && sed 's/^plan: econsult-gracht$/plan: econsult-fresh/' fixtures/plans/plan-good.yaml > fresh/plans/plan.yaml && sed 's/^plan: econsult-gracht$/plan: econsult-staged/' fixtures/plans/plan-good.yaml > fresh/plans/staged.yaml && git -C fresh add plans/staged.yaml && ehtrack plan sync fresh/plans > /dev/null && ehtrack plan history econsult-fresh --format csv | tail -1 && ehtrack plan history econsult-staged
> 2026-11-23T12:00:00+01:00,tester,fresh/plans/plan.yaml,,,true,created
> RECORDED                   BY      COMMIT       AUTHOR  CHANGE
> 2026-11-23T12:00:00+01:00  tester  uncommitted  -       created
