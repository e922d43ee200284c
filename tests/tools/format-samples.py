#!/usr/bin/env python3
"""The sample exports of the shipped formats, and the truth they hold.

Each sample is what a real system writes for two working weeks of one
practice (docs/formats.md, "The shipped formats"), built from a model of
what happened: every call with its outcome, wait and talk time, every
contact with its channel and role. The samples are committed as fixtures
(tests/fixtures/formats/samples/); this script is how they were made and
what their figures must be.

usage:
  format-samples.py write DIR          write every sample into DIR
  format-samples.py check DIR          the files in DIR are the samples, byte for byte
  format-samples.py truth NAME         the figures of sample NAME
  format-samples.py compare NAME       ehtrack's figures (stdin) against the truth

NAME is asterisk, freepbx, 3cx, his or journal. For a phone sample, compare
reads `ehtrack metrics --metric abandoned_rate,avg_wait_s --period all
--format json`; for a HIS sample the lines `channel|role|count` of
`SELECT channel, role, count(*) FROM consults GROUP BY 1, 2`.
"""
import json
import os
import random
import sys
from datetime import date, datetime, timedelta

# ---- time -------------------------------------------------------------------


def last_sunday(year, month):
    d = date(year, month + 1, 1) - timedelta(days=1) if month < 12 else date(year, 12, 31)
    return d - timedelta(days=(d.weekday() + 1) % 7)


def utc_offset(local):
    """Amsterdam's offset from UTC in hours at a local wall-clock time
    (the EU rule: summer time from the last Sunday of March, 02:00 local,
    to the last Sunday of October, 03:00 local)."""
    start = datetime.combine(last_sunday(local.year, 3), datetime.min.time()) + timedelta(hours=2)
    end = datetime.combine(last_sunday(local.year, 10), datetime.min.time()) + timedelta(hours=3)
    return 2 if start <= local < end else 1


def to_utc(local):
    return local - timedelta(hours=utc_offset(local))


def epoch(utc):
    return int((utc - datetime(1970, 1, 1)).total_seconds())


def working_days(first, last):
    d = first
    while d <= last:
        if d.weekday() < 5:
            yield d
        d += timedelta(days=1)


def arrivals(rng, day, n):
    """n call or contact times on a day, busiest in the first hours."""
    times = []
    for _ in range(n):
        if rng.random() < 0.45:
            minute = rng.uniform(0, 120)          # 08:00-10:00, the phone hour
        else:
            minute = rng.uniform(120, 540)        # until 17:00
        times.append(datetime.combine(day, datetime.min.time()) + timedelta(hours=8, seconds=int(minute * 60)))
    return sorted(times)


PER_WEEKDAY = [96, 78, 72, 74, 66]    # inbound calls, Monday to Friday

CALLERS_FIRST = ["Piet", "Anja", "Henk", "Fatima", "Joke", "Mohammed", "Ria", "Gerrit", "Sanne", "Willem",
                 "Els", "Kees", "Ingrid", "Bart", "Yvonne", "Rutger", "Marloes", "Dirk", "Thijs", "Noor"]
CALLERS_LAST = ["Jansen", "de Vries", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "Bos",
                "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "'t Hart", "Kok", "Yilmaz",
                "El Amrani", "Wolters"]
FIRMS = ['Bakkerij "De Korenschoof"', 'Thuiszorg "Het Anker", Hengelo', "Apotheek Tuindorp"]


def caller_pool(rng, n=420):
    pool = []
    for i in range(n):
        number = "06%08d" % rng.randrange(10 ** 8) if rng.random() < 0.7 else "074%07d" % rng.randrange(10 ** 7)
        r = rng.random()
        if r < 0.55:
            name = "%s, %s" % (rng.choice(CALLERS_LAST), rng.choice(CALLERS_FIRST))
        elif r < 0.6:
            name = rng.choice(FIRMS)
        elif r < 0.65:
            name = "Anonymous"
            number = "anonymous"
        else:
            name = number
        pool.append((number, name))
    return pool


def talk_time(rng):
    return max(12, min(1500, int(rng.lognormvariate(4.9, 0.7))))


# ---- the model of the calls -------------------------------------------------


class Call:
    """What happened: inbound or outbound, outcome, wait and talk (the truth)."""

    def __init__(self, start, direction, outcome, wait, talk, caller):
        self.start, self.direction, self.outcome = start, direction, outcome
        self.wait, self.talk, self.caller = wait, talk, caller


def call_model(rng, first, last, internal_per_day):
    """Inbound calls of a practice to its assistants, outbound calls, and
    internal calls (which a format skips)."""
    pool = caller_pool(rng)
    calls, internal = [], []
    for day in working_days(first, last):
        n = PER_WEEKDAY[day.weekday()] + rng.randint(-6, 6)
        for t in arrivals(rng, day, n):
            r = rng.random()
            caller = rng.choice(pool)
            if r < 0.80:
                calls.append(Call(t, "in", "answered", rng.randint(3, 28), talk_time(rng), caller))
            elif r < 0.93:
                calls.append(Call(t, "in", "abandoned", rng.randint(4, 29), 0, caller))
            else:
                calls.append(Call(t, "in", "voicemail", 0, rng.randint(5, 70), caller))
        for t in arrivals(rng, day, 16 + rng.randint(-3, 3)):
            answered = rng.random() < 0.85
            calls.append(Call(t, "out", "answered" if answered else "abandoned", rng.randint(4, 20),
                              talk_time(rng) if answered else 0, rng.choice(pool)))
        for t in arrivals(rng, day, internal_per_day):
            internal.append(t)
    return calls, internal


def call_truth(calls):
    inbound = [c for c in calls if c.direction == "in"]
    answered = [c for c in inbound if c.outcome == "answered"]
    return {
        "inbound": len(inbound),
        "abandoned": sum(c.outcome == "abandoned" for c in inbound),
        "voicemail": sum(c.outcome == "voicemail" for c in inbound),
        "answered": len(answered),
        "answered_wait_s": sum(c.wait for c in answered),
        "outbound": sum(c.direction == "out" for c in calls),
    }


# ---- Asterisk cdr_csv Master.csv ---------------------------------------------


def cdr_csv_line(fields):
    """cdr_csv: every string quoted with its quotes doubled, duration and
    billsec as bare numbers, LF."""
    out = []
    for f in fields:
        if isinstance(f, int):
            out.append(str(f))
        else:
            out.append('"%s"' % f.replace('"', '""'))
    return ",".join(out) + "\n"


def clid(name, number):
    return '"%s" <%s>' % (name, number)


def utc_text(local, seconds=0):
    return (to_utc(local) + timedelta(seconds=seconds)).strftime("%Y-%m-%d %H:%M:%S")


def asterisk_sample(rng):
    calls, internal = call_model(rng, date(2026, 3, 23), date(2026, 4, 3), 6)
    phones = ["201", "202"]
    rows = []                               # (end time UTC, line)
    seq = [5120]

    def chan(prefix):
        seq[0] += 1
        return "%s-%08x" % (prefix, seq[0])

    def leg(c, uid, src, dst, ctx, cl, channel, dstchannel, app, data, start_s, answer_s, end_s, disp):
        return ["", src, dst, ctx, cl, channel, dstchannel, app, data, utc_text(c.start, start_s),
                "" if answer_s is None else utc_text(c.start, answer_s), utc_text(c.start, end_s),
                end_s - start_s, 0 if answer_s is None else end_s - answer_s, disp, "DOCUMENTATION", uid, ""]

    for c in calls:
        uid = "%d.%d" % (epoch(to_utc(c.start)), seq[0])
        number, name = c.caller
        legs = []
        if c.direction == "in":
            trunk = chan("PJSIP/kpn-trunk")
            data = "PJSIP/201&PJSIP/202,30,tr"
            cl = clid(name, number)
            if c.outcome == "answered":
                who = rng.choice(phones)
                end = c.wait + c.talk
                for p in phones:
                    if p == who:
                        legs.append(leg(c, uid, number, "200", "from-trunk", cl, trunk, chan("PJSIP/" + p), "Dial",
                                        data, 0, c.wait, end, "ANSWERED"))
                    elif rng.random() < 0.06:
                        # the other assistant was on the phone already
                        legs.append(leg(c, uid, number, "200", "from-trunk", cl, trunk, chan("PJSIP/" + p), "Dial",
                                        data, 0, None, 0, "BUSY"))
                    else:
                        legs.append(leg(c, uid, number, "200", "from-trunk", cl, trunk, chan("PJSIP/" + p), "Dial",
                                        data, 0, None, c.wait, "NO ANSWER"))
            elif c.outcome == "abandoned":
                end = c.wait
                for p in phones:
                    legs.append(leg(c, uid, number, "200", "from-trunk", cl, trunk, chan("PJSIP/" + p), "Dial",
                                    data, 0, None, c.wait, "NO ANSWER"))
            else:
                # nobody in 30 s: the voicemail of the practice answers
                c.wait = 31
                end = 31 + c.talk
                for p in phones:
                    legs.append(leg(c, uid, number, "200", "from-trunk", cl, trunk, chan("PJSIP/" + p), "Dial",
                                    data, 0, None, 30, "NO ANSWER"))
                legs.append(leg(c, uid, number, "200", "from-trunk", cl, trunk, "", "VoiceMail", "200@default,u",
                                30, 31, end, "ANSWERED"))
        else:
            ext = rng.choice(phones + ["210", "211"])
            end = c.wait + c.talk
            answer = c.wait if c.outcome == "answered" else None
            legs.append(leg(c, uid, ext, number if number != "anonymous" else "0612000000", "from-internal",
                            clid("Praktijk", ext), chan("PJSIP/" + ext), chan("PJSIP/kpn-trunk"), "Dial",
                            "PJSIP/%s@kpn-trunk,60,T" % (number if number != "anonymous" else "0612000000"),
                            0, answer, end, "ANSWERED" if answer is not None else "NO ANSWER"))
        rng.shuffle(legs)
        for f in legs:
            rows.append((to_utc(c.start) + timedelta(seconds=end), cdr_csv_line(f)))
        seq[0] += 2
    for t in internal:
        c = Call(t, "int", "answered", 3, talk_time(rng) // 3, None)
        uid = "%d.%d" % (epoch(to_utc(t)), seq[0])
        if rng.random() < 0.2:
            f = leg(c, uid, "201", "*97", "from-internal", clid("Assistente", "201"), chan("PJSIP/201"), "",
                    "VoiceMailMain", "", 0, 1, 1 + c.talk, "ANSWERED")
        else:
            a, b = rng.sample(["201", "202", "210", "211"], 2)
            f = leg(c, uid, a, b, "from-internal", clid("Praktijk", a), chan("PJSIP/" + a), chan("PJSIP/" + b),
                    "Dial", "PJSIP/%s,30" % b, 0, 3, 3 + c.talk, "ANSWERED")
        rows.append((to_utc(t) + timedelta(seconds=3 + c.talk), cdr_csv_line(f)))
        seq[0] += 2
    # cdr_csv appends a call's rows when its caller hangs up
    rows.sort(key=lambda r: r[0])
    truth = call_truth(calls)
    truth["rows"] = len(rows)
    truth["skipped"] = len(internal)
    return "".join(r[1] for r in rows).encode("utf-8"), truth


# ---- FreePBX CDR Reports download ---------------------------------------------

FREEPBX_HEADER = ("calldate,clid,src,dst,dcontext,channel,dstchannel,lastapp,lastdata,duration,billsec,"
                  "disposition,amaflags,accountcode,uniqueid,userfield,did,cnum,cnam,outbound_cnum,"
                  "outbound_cnam,dst_cnam,recordingfile,linkedid,peeraccount,sequence")


def php_fputcsv(fields):
    """PHP's fputcsv: a field is quoted when it holds the delimiter, a quote,
    a blank, a tab or a line break; quotes doubled; LF."""
    out = []
    for f in fields:
        s = str(f)
        if any(ch in s for ch in ',"\n\r\t '):
            s = '"%s"' % s.replace('"', '""')
        out.append(s)
    return ",".join(out) + "\n"


def freepbx_sample(rng):
    # one week: a queue of three writes three legs a call and more
    calls, internal = call_model(rng, date(2026, 3, 30), date(2026, 4, 3), 5)
    members = ["201", "202", "203"]
    did = "0742500100"
    rows = []                               # (calldate of the leg, line)
    seq = [10400]
    cdr_seq = [880000]

    def nxt():
        seq[0] += 1
        return seq[0]

    def row(c, uid, src, dst, ctx, cl, channel, dstchannel, app, data, start_s, answer_s, end_s, disp, d,
            cnum, cnam, rec=""):
        cdr_seq[0] += 1
        calldate = (c.start + timedelta(seconds=start_s)).strftime("%Y-%m-%d %H:%M:%S")
        return (c.start + timedelta(seconds=start_s), php_fputcsv([
            calldate, cl, src, dst, ctx, channel, dstchannel, app, data, end_s - start_s,
            0 if answer_s is None else end_s - answer_s, disp, 3, "", uid, "", d, cnum, cnam,
            "", "", "", rec, uid, "", cdr_seq[0]]))

    for c in calls:
        uid = "%d.%d" % (epoch(to_utc(c.start)), nxt())
        number, name = c.caller
        cnam = name if name != number else ""
        cl = clid(name, number)
        legs = []
        if c.direction == "in":
            trunk = "PJSIP/kpn-%08x" % nxt()
            data = "400,t,,,90,,,,,"

            def member_leg(m, answer_s, end_s, disp):
                return row(c, uid, number, "400", "ext-queues", cl, trunk,
                           "Local/%s@from-queue-%08x;1" % (m, nxt()), "Queue", data, 0, answer_s, end_s, disp, did,
                           number, cnam)

            # ringall: every 20 s a round rings the three members for 15 s
            # (the first after a 5 s welcome); each ring is a leg.
            round_no = rng.choice([0] * 16 + [1] * 3 + [2])
            if c.outcome == "answered":
                c.wait = 5 + 20 * round_no + rng.randint(2, 14)
                who = rng.choice(members)
                for j in range(round_no):
                    for m in members:
                        legs.append(member_leg(m, None, 5 + 20 * j + 15, "NO ANSWER"))
                for m in members:
                    if m == who:
                        rec = "q-400-%s-%s-%s.wav" % (number, c.start.strftime("%Y%m%d-%H%M%S"), uid)
                        legs.append(row(c, uid, number, "400", "ext-queues", cl, trunk,
                                        "Local/%s@from-queue-%08x;1" % (m, nxt()), "Queue", data, 0, c.wait,
                                        c.wait + c.talk, "ANSWERED", did, number, cnam, rec))
                    else:
                        legs.append(member_leg(m, None, c.wait, "NO ANSWER"))
            elif c.outcome == "abandoned":
                # hangs up while the members ring
                c.wait = 5 + 20 * round_no + rng.randint(1, 14)
                for j in range(round_no):
                    for m in members:
                        legs.append(member_leg(m, None, 5 + 20 * j + 15, "NO ANSWER"))
                for m in members:
                    legs.append(member_leg(m, None, c.wait, "NO ANSWER"))
            else:
                # after three rounds the queue gives up: voicemail of the practice
                for k in (0, 20, 40):
                    for m in members:
                        legs.append(member_leg(m, None, 5 + k + 15, "NO ANSWER"))
                c.wait = 66
                legs.append(row(c, uid, number, "vmu400", "ext-local", cl, trunk, "", "VoiceMail", "400@default,u",
                                65, 66, 66 + c.talk, "ANSWERED", did, number, cnam))
        else:
            ext = rng.choice(members + ["210"])
            dest = number if number != "anonymous" else "0612000000"
            answer = c.wait if c.outcome == "answered" else None
            legs.append(row(c, uid, ext, dest, "from-internal", clid("Praktijk De Wilg", ext),
                            "PJSIP/%s-%08x" % (ext, nxt()), "PJSIP/kpn-%08x" % nxt(), "Dial",
                            "PJSIP/%s@kpn,300,Tb(func-apply-sipheaders^s^1)" % dest, 0, answer,
                            c.wait + c.talk, "ANSWERED" if answer is not None else "NO ANSWER", "", ext,
                            "Praktijk De Wilg"))
        rows.extend(legs)
    for t in internal:
        c = Call(t, "int", "answered", 4, talk_time(rng) // 3, None)
        uid = "%d.%d" % (epoch(to_utc(t)), nxt())
        a, b = rng.sample(members + ["210", "211"], 2)
        rows.append(row(c, uid, a, b, "ext-local", clid("Praktijk De Wilg", a), "PJSIP/%s-%08x" % (a, nxt()),
                        "PJSIP/%s-%08x" % (b, nxt()), "Dial", "PJSIP/%s,,HhTtr" % b, 0, 4, 4 + c.talk, "ANSWERED",
                        "", a, "Praktijk De Wilg"))
    # The report lists the newest call first.
    rows.sort(key=lambda r: r[0], reverse=True)
    truth = call_truth(calls)
    truth["rows"] = len(rows)
    truth["skipped"] = len(internal)
    return (php_fputcsv(FREEPBX_HEADER.split(",")) + "".join(r[1] for r in rows)).encode("utf-8"), truth


# ---- 3CX cdr.log ---------------------------------------------------------------


def threecx_field(s):
    if any(ch in s for ch in ',"\r\n'):
        return '"%s"' % s.replace('"', '""')
    return s


def hms(seconds):
    return "%02d:%02d:%02d" % (seconds // 3600, seconds // 60 % 60, seconds % 60)


def threecx_sample(rng):
    calls, internal = call_model(rng, date(2026, 3, 23), date(2026, 4, 3), 5)
    members = {"201": "Assistente Ellen", "202": "Assistente Naima", "203": "Assistente Bas"}
    rows = []
    history = [48210]

    def t3(local, seconds):
        return (to_utc(local) + timedelta(seconds=seconds)).strftime("%Y/%m/%d %H:%M:%S")

    def record(c, duration, answered_s, end_s, reason, from_no, to_no, from_dn, to_dn, dial_no, changed,
               final_no, final_dn, chain, from_type, to_type, final_type, from_name, to_name, final_name, missed):
        history[0] += 1
        callid = "00000191%08X_%d" % (rng.randrange(16 ** 8), rng.randrange(1000, 9999))
        f = ["Call %d" % history[0], callid, hms(duration), t3(c.start, 0),
             "" if answered_s is None else t3(c.start, answered_s), t3(c.start, end_s), reason, from_no, to_no,
             from_dn, to_dn, dial_no, changed, final_no, final_dn, "", "", "", "", chain, from_type, to_type,
             final_type, from_name, to_name, final_name, missed]
        return (to_utc(c.start) + timedelta(seconds=end_s), ",".join(threecx_field(x) for x in f) + "\r\n")

    for c in calls:
        number, name = c.caller
        if c.direction == "in":
            if c.outcome == "answered":
                who = rng.choice(sorted(members))
                missed = ";".join("Ext.%s" % m for m in sorted(members) if m != who)
                rows.append(record(c, c.talk, c.wait, c.wait + c.talk, rng.choice(["TerminatedBySrc", "TerminatedByDst"]),
                                   number, "Ext.800", "10000", "800", "0742500100", "ReplacedDst", "Ext." + who, who,
                                   "Chain: %s;Ext.800;Ext.%s;" % (number, who), "Line", "Queue", "Extension",
                                   name, "Assistentes", members[who], missed))
            elif c.outcome == "abandoned":
                rows.append(record(c, 0, None, c.wait, "TerminatedBySrc", number, "Ext.800", "10000", "800",
                                   "0742500100", "", "Ext.800", "800", "Chain: %s;Ext.800;" % number, "Line", "Queue",
                                   "Queue", name, "Assistentes", "Assistentes", "Ext.201;Ext.202;Ext.203"))
            else:
                c.wait = 60
                rows.append(record(c, c.talk, 60, 60 + c.talk, "TerminatedBySrc", number, "Ext.800", "10000", "800",
                                   "0742500100", "QFwdToVMail", "VMail.800", "800",
                                   "Chain: %s;Ext.800;VMail.800;" % number, "Line", "Queue", "VMail", name,
                                   "Assistentes", "Voicemail Assistentes", "Ext.201;Ext.202;Ext.203"))
        else:
            ext = rng.choice(sorted(members))
            dest = number if number != "anonymous" else "0612000000"
            answered = c.outcome == "answered"
            rows.append(record(c, c.talk, c.wait if answered else None, c.wait + c.talk,
                               "TerminatedBySrc" if answered else "Failed_Cancelled", "Ext." + ext, dest, ext,
                               "10001", dest, "", dest, "10001", "Chain: Ext.%s;%s;" % (ext, dest), "Extension",
                               "Line", "Line", members[ext], dest, dest, ""))
    for t in internal:
        c = Call(t, "int", "answered", 3, talk_time(rng) // 3, None)
        a, b = rng.sample(sorted(members), 2)
        if rng.random() < 0.2:
            rows.append(record(c, c.talk, 1, 1 + c.talk, "TerminatedBySrc", "Ext." + a, "VMail.999", a, "999",
                               "999", "", "VMail.999", "999", "Chain: Ext.%s;VMail.999;" % a, "Extension", "VMail",
                               "VMail", members[a], "Voicemail", "Voicemail", ""))
        else:
            rows.append(record(c, c.talk, 3, 3 + c.talk, "TerminatedByDst", "Ext." + a, "Ext." + b, a, b, b, "",
                               "Ext." + b, b, "Chain: Ext.%s;Ext.%s;" % (a, b), "Extension", "Extension",
                               "Extension", members[a], members[b], members[b], ""))
    rows.sort(key=lambda r: r[0])
    truth = call_truth(calls)
    truth["rows"] = len(rows)
    truth["skipped"] = len(internal)
    return "".join(r[1] for r in rows).encode("utf-8"), truth


# ---- Dutch HIS exports -----------------------------------------------------------

STAFF = [
    # name, function as the HIS writes it, role, share of the contacts
    ("Brink, René", "Huisarts", "gp", 0.17),
    ("Kuipers, A.M.", "Huisarts", "gp", 0.15),
    ("Oosterhuis, Sanne", "HIDHA", "gp", 0.11),
    ("Demir, Emre", "Waarnemer", "gp", 0.05),
    ("Visscher, Tom", "HAIO", "gp", 0.06),
    ("ter Horst, Noël", "Praktijkondersteuner huisarts (POH-S)", "poh", 0.09),
    ("Çelik, Aylin", "POH-GGZ", "poh", 0.06),
    ("de Groot, Femke", "Praktijkverpleegkundige", "poh", 0.05),
    ("Jansen-Wolters, Mieke", "Doktersassistente", "assistant", 0.13),
    ("Smit, Ingrid", "Doktersassistente", "assistant", 0.10),
    ("Lammers, Joost", "Verpleegkundig specialist", "other", 0.03),
]

# contact types per role: (type as the HIS writes it, channel, weight)
TYPES = {
    "gp": [("Consult", "f2f", 42), ("Consult lang", "f2f", 8), ("Telefonisch consult", "phone", 22),
           ("Visite", "visit", 5), ("E-consult", "econsult", 15), ("Videoconsult", "video", 4),
           ("Consult – lang (dubbel)", "f2f", 4)],
    "poh": [("Consult", "f2f", 40), ("Consult lang", "f2f", 15), ("Telefonisch consult", "phone", 20),
            ("E-consult", "econsult", 12), ("Beeldbellen", "video", 8), ("Huisbezoek", "visit", 5)],
    "assistant": [("Telefonisch consult", "phone", 55), ("Consult", "f2f", 25), ("E-consult", "econsult", 15),
                  ("Telefonisch consult (terugbelverzoek)", "phone", 5)],
    "other": [("Consult", "f2f", 70), ("Telefonisch consult", "phone", 30)],
}

REASONS = [("Uitslag bloedonderzoek", "result"), ("Uitslag urinekweek", "result"),
           ("Medicatiebeoordeling", "medication"), ("Herhaalmedicatie besproken", "medication"),
           ("Controle bloeddruk", "followup"), ("Vervolgafspraak wond", "followup"),
           ("Keelpijn", "other"), ("Rugklachten, sinds 2 weken", "other"), ("Huidafwijking", "other"),
           ("", None)]


def pick(rng, weighted):
    total = sum(w for *_, w in weighted)
    r = rng.uniform(0, total)
    for item in weighted:
        r -= item[-1]
        if r <= 0:
            return item
    return weighted[-1]


def his_line(fields):
    """A Dutch HIS export: semicolons, text quoted, numbers bare, CRLF,
    Windows-1252."""
    out = []
    for f in fields:
        if isinstance(f, int):
            out.append(str(f))
        elif f is None:
            out.append("")
        else:
            out.append('"%s"' % f.replace('"', '""'))
    return ";".join(out) + "\r\n"


def contact_model(rng, first, last, per_day):
    contacts = []
    used = set()
    for day in working_days(first, last):
        for t in arrivals(rng, day, per_day + rng.randint(-8, 8)):
            staff = pick(rng, STAFF)
            kind, channel, _ = pick(rng, TYPES[staff[2]])
            patient = "P99%05d" % rng.randrange(60000, 66850)
            while (patient, t) in used:
                t += timedelta(minutes=1)
            used.add((patient, t))
            text, reason = rng.choice(REASONS)
            minutes = None if channel == "econsult" and rng.random() < 0.3 else \
                (rng.randint(15, 30) if "lang" in kind else rng.randint(3, 15))
            contacts.append(dict(t=t, patient=patient, staff=staff, kind=kind, channel=channel, text=text,
                                 reason=reason, minutes=minutes))
    return contacts


def consult_truth(contacts, skipped):
    counts = {}
    for c in contacts:
        key = (c["channel"], c["staff"][2])
        counts[key] = counts.get(key, 0) + 1
    return {"consults": len(contacts), "by_channel_role": {"%s|%s" % k: v for k, v in sorted(counts.items())},
            "skipped": skipped}


def his_sample(rng):
    contacts = contact_model(rng, date(2026, 3, 2), date(2026, 3, 13), 112)
    rows = []
    for c in contacts:
        text = c["text"]
        if text and rng.random() < 0.04:
            text += "\r\nTelefonisch besproken met partner."
        rows.append((c["t"], c["patient"], c["kind"], c["staff"], c["minutes"], text))
    skipped = 0
    for day in working_days(date(2026, 3, 2), date(2026, 3, 13)):
        for t in arrivals(rng, day, 34):
            rows.append((t, "P99%05d" % rng.randrange(60000, 66850), "Herhaalrecept", STAFF[8], None,
                         "Omeprazol 20 mg, 1 dd 1, 90 st."))
            skipped += 1
        for t in arrivals(rng, day, 12):
            rows.append((t, "P99%05d" % rng.randrange(60000, 66850), "Notitie", pick(rng, STAFF), None,
                         "Patiënt belt terug voor uitslag."))
            skipped += 1
        for t in arrivals(rng, day, 3):
            rows.append((t, "P99%05d" % rng.randrange(60000, 66850), "Correspondentie", STAFF[0], None,
                         "Brief specialist ontvangen"))
            skipped += 1
    rows.sort(key=lambda r: r[0])
    out = ["Contactnummer;Datum;Tijd;Patiëntnummer;Contactsoort;Medewerker;Functie;Duur;Reden\r\n"]
    number = 204510
    for t, patient, kind, staff, minutes, text in rows:
        number += rng.choice([1, 1, 1, 2])
        clock = t.strftime("%H:%M") if rng.random() < 0.9 else t.strftime("%H:%M:%S")
        out.append(his_line([number, t.strftime("%d-%m-%Y"), clock, patient, kind, staff[0], staff[1],
                             minutes, text]))
    truth = consult_truth(contacts, skipped)
    truth["rows"] = len(rows)
    return "".join(out).encode("cp1252"), truth


NOTES = ["Belt terug na uitslag.\r\nPartner gesproken, afspraak gemaakt.",
         "Geen gehoor.\r\nVoicemail ingesproken, morgen opnieuw.",
         "Overleg met apotheek over interactie; dosis aangepast.",
         "Verwijzing \"dermatologie\" verstuurd via Zorgdomein."]
REQUESTS = ["Afspraakverzoek via portaal: \"graag ochtend\"", "Afspraakverzoek via portaal"]


def journal_sample(rng):
    contacts = contact_model(rng, date(2026, 3, 16), date(2026, 3, 27), 104)
    rows = []
    for c in contacts:
        icpc = rng.choice(["R74", "K86", "T90", "L03", "A97", "P76", "S88"])
        rows.append((c["t"], c["patient"], c["kind"], c["staff"], c["minutes"], icpc, c["text"]))
    skipped = 0
    for day in working_days(date(2026, 3, 16), date(2026, 3, 27)):
        for t in arrivals(rng, day, 30):
            rows.append((t, "P99%05d" % rng.randrange(60000, 66850), "Herhaalrecept", STAFF[9], None, None,
                         "Metformine 500 mg, 2 dd 1, 180 st."))
            skipped += 1
        for t in arrivals(rng, day, 14):
            rows.append((t, "P99%05d" % rng.randrange(60000, 66850), "Notitie", pick(rng, STAFF), None, None,
                         rng.choice(NOTES)))
            skipped += 1
        for t in arrivals(rng, day, 9):
            rows.append((t, "P99%05d" % rng.randrange(60000, 66850), "Afspraakverzoek", STAFF[8], None, None,
                         rng.choice(REQUESTS)))
            skipped += 1
    rows.sort(key=lambda r: r[0])
    out = ["Datum;Tijd;Patiëntnummer;Soort;Medewerker;Functie;Duur;ICPC;Tekst\r\n"]
    for t, patient, kind, staff, minutes, icpc, text in rows:
        out.append(his_line([t.strftime("%d-%m-%Y"), t.strftime("%H:%M"), patient, kind, staff[0], staff[1],
                             minutes, icpc, text]))
    truth = consult_truth(contacts, skipped)
    truth["rows"] = len(rows)
    return "".join(out).encode("cp1252"), truth


# ---- the command line -------------------------------------------------------------

SAMPLES = {
    # name: (file, builder, seed)
    "asterisk": ("asterisk-Master.csv", asterisk_sample, 1001),
    "freepbx": ("freepbx-cdr.csv", freepbx_sample, 1002),
    "3cx": ("3cx-cdr.log", threecx_sample, 1003),
    "his": ("his-contacten-1252.csv", his_sample, 1004),
    "journal": ("his-journaal-1252.csv", journal_sample, 1005),
}


def build(name):
    file, builder, seed = SAMPLES[name]
    return file, *builder(random.Random(seed))


def fail(msg):
    sys.stderr.write("format-samples: %s\n" % msg)
    sys.exit(1)


def compare(name, truth, text):
    lines = []
    ok = True

    def check(label, got, want):
        nonlocal ok
        ok &= got == want
        lines.append("%s: %s (truth %s)%s" % (label, got, want, "" if got == want else "  MISMATCH"))

    if "inbound" in truth:
        rows = {r["metric"]: r for r in json.loads(text)}
        ab, wait = rows["abandoned_rate"], rows["avg_wait_s"]
        check("inbound calls", ab["denominator"], truth["inbound"])
        check("abandoned", ab["numerator"], truth["abandoned"])
        check("abandoned rate", "%.2f%%" % (100.0 * ab["value"]),
              "%.2f%%" % (100.0 * truth["abandoned"] / truth["inbound"]))
        check("answered", wait["denominator"], truth["answered"])
        check("mean wait (s)", "%.2f" % wait["value"], "%.2f" % (truth["answered_wait_s"] / truth["answered"]))
    else:
        got = {}
        for line in text.split():
            channel, role, count = line.split("|")
            got["%s|%s" % (channel, role)] = int(count)
        for key in sorted(set(got) | set(truth["by_channel_role"])):
            check("consults %s" % key.replace("|", " by "), got.get(key, 0), truth["by_channel_role"].get(key, 0))
        check("consults", sum(got.values()), truth["consults"])
    print("\n".join(lines))
    return ok


def main(argv):
    if len(argv) != 3 or argv[1] not in ("write", "check", "truth", "compare"):
        sys.stderr.write(__doc__)
        return 2
    cmd, arg = argv[1], argv[2]
    if cmd in ("write", "check"):
        for name in SAMPLES:
            file, data, _ = build(name)
            path = os.path.join(arg, file)
            if cmd == "write":
                with open(path, "wb") as f:
                    f.write(data)
            else:
                try:
                    with open(path, "rb") as f:
                        same = f.read() == data
                except OSError as e:
                    fail("%s: %s" % (path, e))
                if not same:
                    fail("%s is not what the generator writes (run: %s write %s)" % (path, argv[0], arg))
                print("%s: as generated" % file)
        return 0
    if arg not in SAMPLES:
        fail("no sample '%s' (%s)" % (arg, ", ".join(SAMPLES)))
    _, _, truth = build(arg)
    if cmd == "truth":
        for key in sorted(truth):
            value = truth[key]
            if isinstance(value, dict):
                for k, v in value.items():
                    print("%s %s: %s" % (key, k, v))
            else:
                print("%s: %s" % (key, value))
        return 0
    return 0 if compare(arg, truth, sys.stdin.read()) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
