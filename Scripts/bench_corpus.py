"""A deterministic corpus of coaching reflections for Scripts/bench (standard library only).

The same seed always gives the same entries, byte for byte: a learnlog export document
(`{"learnlog": 1, "entries": [...], "notes": []}`, split into chunks so no single import holds
100,000 entries in memory) and a jrnl plain-text journal with the same words in the same order.
The text follows ../shared/product/DOMAIN.md: GROW recall, the 16 questions, follow-ups with
replies, coachees and clients with names in several scripts, now and then a Chinese or Japanese
sentence.
"""

import datetime
import json
import random

# Bump when the generated text changes, so cached files are rebuilt.
GENERATOR_VERSION = 3

# A client that appears in about 2% of entries: what the search figures look for.
SEARCH_WORD = "Globex"
SEARCH_WORD_SHARE = 0.02

COACHEES = [
    "Ravi", "Mei", "Aisha", "Tomás", "Priya", "Sven", "Olu", "Hannah", "Kenji", "Fatima",
    "Jonas", "Chloe", "Mateo", "Ingrid", "Kwame", "Lucía", "Dmitri", "Noor", "Siobhan", "Arjun",
    "李娜", "王伟", "张敏", "陈静", "田中", "佐藤", "Yuki", "Min-jun", "Ji-woo", "Emeka",
]
CLIENTS = [
    "Northwind", "Contoso", "Initech", "Fabrikam", "Tailspin", "Wingtip", "Litware", "Adatum",
    "Proseware", "Lamna", "Woodgrove", "Tianhe Logistics", "星辰科技", "Fourth Coffee",
    "Blue Yonder", "Trey Research", "Alpine Ski House", "Coho Winery", "Margie's Travel",
]
TOPICS = [
    "the tender", "the renewal", "the quarterly forecast", "the handover", "the pricing review",
    "the onboarding plan", "the escalation", "the pipeline review", "the team reshuffle",
    "the budget cut", "the product launch", "the customer complaint", "the hiring decision",
    "the supplier negotiation", "the audit findings", "the new territory", "the key account plan",
]
FEELINGS = [
    "uneasy", "proud", "frustrated", "relieved", "anxious", "curious", "impatient", "calm",
    "nervous", "pleased", "disappointed", "energised", "tired", "surprised", "confident",
]
MODELS = [
    "GROW", "the levels of listening", "open questions", "feedback in good time",
    "the rapport guide", "coaching preparation", "silence", "summarising", "role play",
]
VERBS_BAD = ["told", "advised", "suggested to", "instructed"]
SKILLS = [
    "listening", "asking open questions", "giving feedback", "holding silence",
    "letting the coachee find the answer", "preparing sessions", "linking goals to results",
]
SYLLABLES = ["ka", "lo", "ri", "ven", "tor", "mi", "sa", "del", "quin", "ar", "bex", "no", "zu",
             "pha", "tel", "mor", "gan", "dri", "lys", "ock"]

CJK_SENTENCES = [
    "我觉得这次谈话比上次更有效。", "他一开始有点紧张，后来放松了。", "我应该多问开放式的问题。",
    "下次我会先听完再说。", "客户的反馈很重要。", "彼女は自分で答えを見つけた。",
    "次回はもっと質問をしたい。", "うまくいったと思う。", "我们约好下周五再谈。",
]

GOAL = [
    "{c} wanted to {aim} before {when}.",
    "The goal was for {c} to {aim}; {pron} would know it worked when {measure}.",
    "{c} came in wanting help with {topic} and said success would be {measure}.",
    "We agreed the session goal: {c} would leave with a plan to {aim}.",
]
REALITY = [
    "Right now {topic} is {status}, and {c} has already tried {tried}.",
    "{c} said the main obstacle is {obstacle}.",
    "The facts: {figure} of the target so far, {tried} done, and {obstacle} in the way.",
    "{c} described {topic} at {client} and how {obstacle} keeps slowing it down.",
]
OPTIONS = [
    "{c} came up with {n} options: {opt1}, {opt2} and {opt3}.",
    "Options {c} listed: {opt1}; {opt2}; {opt3}.",
    "We weighed {opt1} against {opt2}; {c} preferred the first.",
    "{c} only saw one way at first, {opt1}, then added {opt2}.",
]
WILL = [
    "{c} will {action} by {when} and tell me how it went.",
    "Next step: {action}, by {when}, with help from {helper}.",
    "{c} committed to {action} before {when}; commitment was {score} out of 10.",
]
QUESTIONS = [
    "What would success look like for you? How will you know? What have you tried so far?",
    "How could you approach {client} differently? What is really in the way? Did you talk to them?",
    "Is the deadline realistic? Can you ask for help? How will you start?",
    "What options do you have? Which one excites you most? How would you test it?",
    "How do you feel about {topic}? What would you do if you could not fail?",
]
ANSWERS = {
    1: ["I listened to {c} for most of the session and asked about {topic} at {client}.",
        "I {bad} {c} to {action}, which I now think was too quick.",
        "I asked {c} how {pron} saw {topic} and then stayed quiet for a while.",
        "I walked {c} through two past negotiations with {client} and asked which moves worked."],
    2: ["I felt {feeling} when {c} went quiet, and {feeling2} at the end.",
        "I think it went better than last time; I was {feeling} about the silence.",
        "It was a useful session.",
        "Honestly I was {feeling} because {topic} matters a lot for the quarter."],
    3: ["I planned to summarise at the end but ran out of time.",
        "I meant to ask about {client} and did not, because {c} steered away from it.",
        "I planned to agree a date for the follow-up and forgot.",
        "Everything I planned got done."],
    4: ["I should have checked how {c} would measure progress on {topic}.",
        "I could have asked {c} to role play the call with {client}.",
        "Maybe I should have involved {helper} earlier."],
    5: ["It went well: {c} found {pron_poss} own answer and agreed {figure} as the target.",
        "It went badly at first; {c} blamed {client} and I let it run for too long.",
        "Mixed. The goal part was clear but the options stayed thin.",
        "Quite well, {c} said \"I know what to do now\" at the end."],
    6: ["I learnt that silence works when I give it {seconds} seconds.",
        "I learnt to ask how questions instead of why questions.",
        "That {c} needs more time to think than I expect.",
        "I learnt that preparing the session goal makes the whole conversation sharper."],
    7: ["Stop finishing {pron_poss} sentences. Start asking how. Continue summarising.",
        "Stop giving answers; start with the goal; continue the weekly check-ins.",
        "I will try to improve my listening.",
        "Start: prepare two open questions. Continue: the silence. Stop: checking my phone."],
    8: ["By preparing three open questions the evening before, and reading them before I start.",
        "I will put a note on my desk that says \"ask, don't tell\" before the next session on {when}.",
        "Maybe I will be more patient.",
        "In the next session on {when} I will ask {c} to summarise first."],
    9: ["{c} closed the renewal with {client} worth {money}.",
        "The team hit {figure} of the quarterly target, up from {figure2}.",
        "Not much yet; the deal with {client} is still open.",
        "{client} signed on {when}, {c} ran the meeting on {pron_poss} own."],
    10: ["I am better at holding silence and I interrupt less.",
         "I noticed I still jump to solutions when I am {feeling}.",
         "My questions are more open than a month ago."],
    11: ["I am patient with people I like and impatient with people who remind me of me.",
         "I have a habit of rescuing people instead of letting them struggle a little.",
         "I am a good listener.",
         "My blind spot is that I talk when I am {feeling}."],
    12: ["I used {model} on purpose for the first time and it changed the flow.",
         "I tried {model} and {model2}, with mixed results.",
         "I did what felt right."],
    13: ["Each session I practise {skill}, and {c}'s results on {topic} show it.",
         "Practising {skill} made my one-to-ones shorter and clearer, which saves the team time.",
         "I am getting better at {skill}."],
    14: ["I will plan each session with a goal linked to {topic} and review it on {when}.",
         "I will use this with the whole team at the next pipeline review on {when}.",
         "I will keep reflecting."],
    15: ["I will ask {helper} to observe one session and give me feedback on {skill}.",
         "I want to role play a hard conversation with a peer before {when}.",
         "I will read the guide on {model} again."],
    16: ["I want to ask my coach how to handle a coachee who blames {client}.",
         "I will bring this session as my Most Challenging one and ask about {skill}.",
         "Ask about silence and when to break it."],
}
FOLLOW_UPS = [
    ("depth.concrete-example", "q1", "What is one moment from the session you remember exactly?",
     "A concrete moment makes the learning checkable."),
    ("feelings.name-it", "q2", "Which feeling was strongest for you in it?",
     "Naming the feeling makes the reflection yours."),
    ("actions.when", "q8", "When exactly will you do it?",
     "An action without a time tends not to happen."),
    ("results.measurable", "q9", "What figure or outcome shows the result?",
     "A result you can measure is a result you can repeat."),
    ("hedging.commit", "q7", "What would make this a firm commitment?",
     "A hedged commitment is easy to drop."),
]
REPLIES = [
    "When {c} said \"{quote}\" and then paused for a long time.",
    "Mostly {feeling}, if I am honest.",
    "Next {weekday} at 9, before the team meeting.",
    "{money} on the {client} deal, signed on {when}.",
    "I will put it in my calendar today.",
]


class Generator:
    def __init__(self, seed, size):
        self.random = random.Random(f"learnlog-bench/{GENERATOR_VERSION}/{seed}")
        self.size = size
        # Project code names give the vocabulary a realistic long tail.
        self.projects = [self.codename() for _ in range(max(50, size // 20))]

    def codename(self):
        r = self.random
        return "".join(r.choice(SYLLABLES) for _ in range(r.randint(2, 4))).capitalize()

    def fill(self, template, slots):
        return template.format(**slots)

    def slots(self, coachee, client):
        r = self.random
        pron = r.choice(["he", "she", "they"])
        day = self.session_day + datetime.timedelta(days=r.randint(2, 30))
        return {
            "c": coachee,
            "client": client,
            "pron": pron,
            "pron_poss": {"he": "his", "she": "her", "they": "their"}[pron],
            "topic": r.choice(TOPICS) + (f" for Project {r.choice(self.projects)}" if r.random() < 0.3 else ""),
            "aim": r.choice(["close the renewal", "hand over the account", "cut the backlog by half",
                             "prepare the board pitch", "agree a pricing plan", "rebuild trust with the team"]),
            "when": r.choice([day.isoformat(), "the end of the month", "Friday", "the next review",
                              "the quarter close"]),
            "measure": r.choice(["the client signs", "the backlog is under 40 tickets",
                                 "the team stops escalating", "the forecast is within 5%"]),
            "status": r.choice(["stuck", "behind plan", "on track but fragile", "unclear"]),
            "tried": r.choice(["two calls with procurement", "a discount", "nothing yet",
                               "asking the manager for help", "a new proposal"]),
            "obstacle": r.choice(["time", "a sceptical sponsor", "missing data", "a competitor's price",
                                  "low confidence"]),
            "figure": f"{r.randint(20, 110)}%",
            "figure2": f"{r.randint(10, 90)}%",
            "n": r.choice(["two", "three", "four"]),
            "opt1": r.choice(["call the sponsor", "ask for a pilot", "split the deal", "wait a month"]),
            "opt2": r.choice(["bring in a specialist", "rewrite the proposal", "offer training",
                              "escalate to the director"]),
            "opt3": r.choice(["do nothing", "run a workshop", "visit the site", "change the price"]),
            "action": r.choice(["call the sponsor", "send the revised proposal", "book the workshop",
                                "write the handover notes", "meet procurement"]),
            "helper": r.choice(["the sales director", "finance", "a peer coach", "HR", "me"]),
            "score": r.randint(5, 10),
            "bad": r.choice(VERBS_BAD),
            "feeling": r.choice(FEELINGS),
            "feeling2": r.choice(FEELINGS),
            "seconds": r.randint(5, 30),
            "money": r.choice(["€120k", "$45,000", "£300k", "¥2.5m", "1.2 million"]),
            "model": r.choice(MODELS),
            "model2": r.choice(MODELS),
            "skill": r.choice(SKILLS),
            "quote": r.choice(["I never thought of it that way", "that is on me", "give me a day"]),
            "weekday": r.choice(["Monday", "Tuesday", "Wednesday", "Thursday"]),
        }

    def paragraph(self, templates, slots, low=1, high=3):
        r = self.random
        sentences = [self.fill(r.choice(templates), slots) for _ in range(r.randint(low, high))]
        if r.random() < 0.08:
            sentences.append(r.choice(CJK_SENTENCES))
        return " ".join(dict.fromkeys(sentences))

    def entries(self):
        """Yields (entry document, journal entry text), oldest first."""
        r = self.random
        start = datetime.datetime(2019, 1, 7, 8, 0, tzinfo=datetime.timezone.utc)
        # Entries a few hours apart, spread over years for the larger logs.
        step_minutes = max(30, int(7 * 365 * 24 * 60 / max(self.size, 1)))
        for index in range(self.size):
            created = start + datetime.timedelta(minutes=index * step_minutes + r.randint(0, 20))
            self.session_day = (created - datetime.timedelta(days=r.randint(0, 3))).date()
            yield self.entry(index, created)

    def entry(self, index, created):
        r = self.random
        coachee = r.choice(COACHEES)
        client = SEARCH_WORD if r.random() < SEARCH_WORD_SHARE else r.choice(CLIENTS)
        slots = self.slots(coachee, client)
        kind = r.choices(["best", "challenging", "other"], [4, 4, 2])[0]
        status = "complete" if r.random() < 0.95 else "draft"
        grow = {
            "goal": self.paragraph(GOAL, slots),
            "reality": self.paragraph(REALITY, slots),
            "options": self.paragraph(OPTIONS, slots, 1, 2),
            "will": self.paragraph(WILL, slots, 1, 2),
            "questions": self.fill(r.choice(QUESTIONS), slots),
        }
        answers = []
        skipped = []
        last_question = 16 if status == "complete" else r.randint(1, 15)
        for number in range(1, last_question + 1):
            if r.random() < 0.06:
                skipped.append(f"q{number}")
                continue
            answers.append({"question": number, "text": self.paragraph(ANSWERS[number], slots)})
        minute = created.minute
        follow_ups = []
        answered_steps = {f"q{a['question']}" for a in answers}
        for rule, step, ask, why in FOLLOW_UPS:
            if step not in answered_steps or r.random() > 0.35:
                continue
            response = r.choices(["answered", "skipped", "dismissed"], [6, 3, 1])[0]
            reply = self.fill(r.choice(REPLIES), slots) if response == "answered" else None
            document = {
                "rule": rule, "step": step, "ask": ask, "why": why,
                "evidence": {"summary": "generated by Scripts/bench", "matches": [], "counts": {}},
                "response": response, "at": stamp(created), "fromImport": False,
            }
            if reply is not None:
                document["reply"] = reply
            follow_ups.append(document)
        source = "conversation" if r.random() < 0.25 else "import"
        transcript = []
        if source == "conversation":
            for stage in ["goal", "reality", "options", "will", "questions"]:
                transcript.append({"speaker": "assistant", "text": f"Tell me about the {stage}.",
                                   "step": stage, "at": stamp(created)})
                transcript.append({"speaker": "coach", "text": grow[stage], "step": stage,
                                   "at": stamp(created)})
            for answer in answers:
                step = f"q{answer['question']}"
                transcript.append({"speaker": "assistant", "text": f"Question {answer['question']}.",
                                   "step": step, "at": stamp(created)})
                transcript.append({"speaker": "coach", "text": answer["text"], "step": step,
                                   "at": stamp(created)})
        updated = created + datetime.timedelta(minutes=r.randint(10, 50))
        document = {
            "id": index + 1,
            "kind": kind,
            "status": status,
            "coachee": coachee,
            "sessionDate": self.session_day.isoformat(),
            "grow": grow,
            "answers": answers,
            "skipped": skipped,
            "followUps": follow_ups,
            "transcript": transcript,
            "source": source,
            "createdAt": stamp(created),
            "updatedAt": stamp(updated),
        }
        if status == "draft":
            document["currentStep"] = f"q{last_question + 1}"
        return document, journal_text(document, created, minute)


KIND_TITLES = {"best": "Best", "challenging": "Most Challenging", "other": "Other"}
GROW_TITLES = {"goal": "Goal", "reality": "Reality", "options": "Options", "will": "Will",
               "questions": "Questions I asked"}


def stamp(moment):
    return moment.strftime("%Y-%m-%dT%H:%M:%S.000Z")


def journal_text(document, created, minute):
    """The same reflection as a jrnl entry: a header line, then the text, one line per part."""
    title = f"{KIND_TITLES[document['kind']]} session with {document['coachee']} on {document['sessionDate']}"
    lines = [f"[{created.strftime('%Y-%m-%d %H:%M')}] {title}"]
    for stage, text in document["grow"].items():
        lines.append(f"{GROW_TITLES[stage]}: {text}")
    replies = {}
    for follow_up in document["followUps"]:
        if "reply" in follow_up:
            replies[follow_up["step"]] = follow_up
    for answer in document["answers"]:
        step = f"q{answer['question']}"
        lines.append(f"Q{answer['question']}. {answer['text']}")
        if step in replies:
            lines.append(f"Follow-up: {replies[step]['ask']} {replies[step]['reply']}")
    return "\n".join(lines) + "\n"


def write_corpus(seed, size, export_paths, journal_path, chunk):
    """Writes the export in chunks of `chunk` entries (one path per chunk) and the journal."""
    generator = Generator(seed, size)
    journal = open(journal_path, "w", encoding="utf-8")
    documents = []
    chunk_index = 0

    def flush():
        nonlocal documents, chunk_index
        with open(export_paths[chunk_index], "w", encoding="utf-8") as out:
            json.dump({"learnlog": 1, "entries": documents, "notes": []}, out, ensure_ascii=False)
        documents = []
        chunk_index += 1

    first = True
    for document, text in generator.entries():
        documents.append(document)
        if not first:
            journal.write("\n")
        journal.write(text)
        first = False
        if len(documents) == chunk:
            flush()
    if documents:
        flush()
    journal.close()


def long_answer(seed, words=2000):
    """A 2,000-word answer for the rule figures: several questions' answers run together."""
    generator = Generator(seed, 100)
    generator.session_day = datetime.date(2026, 11, 28)
    r = generator.random
    parts = []
    count = 0
    while count < words:
        slots = generator.slots(r.choice(COACHEES), r.choice(CLIENTS))
        number = r.randint(1, 16)
        text = generator.paragraph(ANSWERS[number], slots, 2, 4)
        parts.append(text)
        count += len(text.split())
    return "\n".join(parts) + "\n"


def rule_file(seed, count=1000):
    """`count` generated rules as a JSON rule file, over every condition kind."""
    r = random.Random(f"learnlog-bench-rules/{GENERATOR_VERSION}/{seed}")
    vocabulary = sorted({word.strip(".,;:\"'").lower() for template in sum(ANSWERS.values(), [])
                         for word in template.split() if word.isalpha() and len(word) > 3})
    vocabulary += [f.lower() for f in FEELINGS] + ["globex", "northwind", "silence", "feedback"]
    word_lists = {f"list{n}": [r.choice(vocabulary) + ("*" if r.random() < 0.3 else "")
                               for _ in range(r.randint(4, 12))] for n in range(40)}
    steps = ["goal", "reality", "options", "will", "questions"] + list(range(1, 17))

    def patterns():
        chosen = []
        for _ in range(r.randint(1, 6)):
            roll = r.random()
            if roll < 0.2:
                chosen.append(f"@list{r.randrange(40)}")
            elif roll < 0.35:
                chosen.append(r.choice(vocabulary)[:5] + "*")
            elif roll < 0.5:
                chosen.append(f"{r.choice(vocabulary)} * {r.choice(vocabulary)}")
            elif roll < 0.55:
                chosen.append("# percent")
            elif roll < 0.6:
                chosen.append("^" + r.choice(["i will", "how", "what", "maybe"]))
            else:
                chosen.append(r.choice(vocabulary))
        return chosen

    def condition(depth=0):
        kinds = ["contains", "lacks", "words", "ratio", "questions", "listItems", "quote"]
        if depth < 2:
            kinds += ["all", "any", "not"]
        kind = r.choice(kinds)
        if kind == "contains":
            return {"contains": {"patterns": patterns(), "atLeast": r.randint(1, 3)}}
        if kind == "lacks":
            return {"lacks": patterns()}
        if kind == "words":
            low = r.randint(0, 50)
            return {"words": {"min": low, "max": low + r.randint(10, 3000)}}
        if kind == "ratio":
            return {"ratio": {"of": patterns(), "to": patterns(), "atLeast": r.choice([1, 2, 3])}}
        if kind == "questions":
            return {"questions": {"kind": r.choice(["open", "closed", "how"]),
                                  "fractionAtMost": round(r.random(), 2), "minimumQuestions": 2}}
        if kind == "listItems":
            return {"listItems": {"atMost": r.randint(1, 4)}}
        if kind == "quote":
            return {"quote": {"minimumWords": r.randint(2, 4)}}
        if kind == "not":
            return {"not": condition(depth + 1)}
        return {kind: [condition(depth + 1) for _ in range(r.randint(2, 3))]}

    rules = []
    for n in range(count):
        applies = r.sample(steps, r.randint(1, 4)) if r.random() < 0.8 else ["any"]
        rules.append({
            "id": f"bench.rule-{n:04d}",
            "appliesTo": applies,
            "when": condition(),
            "ask": [f"Generated follow-up {n}: what else?", f"Generated follow-up {n}, again?"],
            "why": "Generated by Scripts/bench to time the engine with many rules.",
            "priority": r.randint(1, 99),
        })
    return json.dumps({"wordLists": word_lists, "rules": rules}, indent=1, ensure_ascii=False)
