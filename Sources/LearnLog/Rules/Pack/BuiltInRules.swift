/// The built-in rule pack, compiled into the binary so it cannot be lost when the binary is
/// copied elsewhere. It is data in the documented rule-file format (docs/RULES.md); the
/// comments inside say why each rule and list is shaped the way it is.
enum BuiltInRules {
  static let fileName = "built-in-rules.json5"

  static let text = #"""
{
  // Shared word lists. A rule refers to one as "@name"; a user file may replace a list by
  // defining the same name, or add to it under "extendWordLists".
  wordLists: {
    feelings: {
      label: "feeling word",
      // Words that name a feeling. "felt"/"feel" alone are left out on purpose: "I felt it was
      // useful" still names no feeling. A few phrases cover "felt good/bad".
      words: [
        "happy", "glad", "pleased", "proud", "relieved", "relief", "excited", "exciting",
        "energised", "energized", "confident", "calm", "grateful", "thankful", "satisfied",
        "hopeful", "curious", "surprised", "uneasy", "uncomfortable", "anxious", "anxiety",
        "nervous", "worried", "worry", "frustrat*", "annoyed", "irritat*", "impatient",
        "impatience", "angry", "anger", "disappoint*", "sad", "upset", "embarrass*", "awkward",
        "guilty", "ashamed", "stressed", "stress", "overwhelm*", "tired", "drained",
        "exhausted", "bored", "confused", "unsure", "insecure", "afraid", "scared", "fear",
        "hurt", "lonely", "helpless", "disheartened", "encouraged", "motivated", "inspired",
        "delighted", "thrilled", "content", "comfortable", "at ease", "tense", "defensive",
        "vulnerable", "flat", "moved", "touched", "hesitant", "doubtful", "optimistic",
        "felt good", "feel good", "felt bad", "feel bad", "felt great", "felt terrible",
        "开心", "高兴", "紧张", "担心", "焦虑", "失望", "沮丧", "兴奋", "满意", "自豪", "放松",
        "不安", "难过", "生气", "烦躁", "很累", "感动", "惊讶", "轻松", "尴尬", "着急", "害怕",
        "无奈", "欣慰", "嬉しい", "緊張", "残念", "楽しい", "悔しい",
      ],
    },
    we: {
      label: "we/us/our",
      words: ["we", "us", "our", "ours", "ourselves", "we're", "we've", "we'll", "we'd", "我们"],
    },
    i: {
      label: "I/me/my",
      // Chinese 我 is left out: it also starts 我们 ("we"), and patterns match CJK per character.
      words: ["i", "me", "my", "mine", "myself", "i'm", "i've", "i'll", "i'd"],
    },
    telling: {
      label: "telling or advising",
      words: [
        "i told", "told him", "told her", "told them", "told * to", "i suggested",
        "suggested that", "suggested he", "suggested she", "i advised", "advised him",
        "advised her", "my advice", "i recommended", "i instructed", "i showed him how",
        "i showed her how", "i explained how", "i gave him the answer", "i gave her the answer",
        "gave * the solution", "i said he should", "i said she should", "i said they should",
        "you should", "you need to", "you must", "i fixed it", "i solved", "我告诉", "我建议",
      ],
    },
    leadingQuestions: {
      label: "leading question",
      // Suggestions dressed as questions: the answer is inside the question. "^" anchors to
      // the start of a question, so "What have you tried?" stays an open question.
      words: [
        "^have you tried", "^have you thought about", "^have you considered", "why don't you",
        "why not just", "don't you think", "wouldn't it be", "shouldn't you", "isn't it better",
        "could you not", "what if you just",
      ],
    },
    concrete: {
      label: "concrete detail",
      // A figure, an example marker, reported speech or a moment in time makes a reflection
      // specific. Quotes are checked separately by the "quote" condition.
      words: [
        "#", "for example", "for instance", "e g", "such as", "he said", "she said",
        "they said", "i said", "he asked", "she asked", "i asked", "asked him", "asked her",
        "at one point", "the moment", "at the start", "at the end", "halfway", "minute*",
        "when he", "when she", "when they", "first", "then", "after that",
        "monday", "tuesday", "wednesday", "thursday", "friday", "yesterday", "this morning",
        "比如", "例如", "他说", "她说", "我问",
      ],
    },
    timeWords: {
      label: "time, date or trigger",
      words: [
        "#", "today", "tonight", "tomorrow", "monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday", "next week", "next month", "this week", "this month",
        "end of", "before", "after", "when", "whenever", "every", "each", "daily", "weekly",
        "monthly", "next session", "next meeting", "next time", "next one to one", "deadline",
        "until", "within", "as soon as", "once", "starting", "from now", "q1", "q2", "q3",
        "q4", "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december",
        "明天", "下周", "本周", "每天", "每周", "下次", "之前", "月底",
      ],
    },
    vagueIntentions: {
      label: "vague intention",
      words: [
        "improv*", "try to", "be more", "be better", "work on", "focus on", "get better",
        "do better", "more effective", "enhance", "strengthen", "develop my", "continue to",
        "keep working", "be aware", "think about", "pay attention", "努力", "尽量", "加强",
      ],
    },
    concreteActions: {
      label: "concrete action",
      words: [
        "#", "monday", "tuesday", "wednesday", "thursday", "friday", "tomorrow", "next week",
        "next session", "next meeting", "ask", "asking", "book", "schedule", "call", "write",
        "send", "prepare", "practise", "practice", "role play", "rehearse", "record",
        "note down", "pause", "count*", "before", "after", "silence", "start with", "open with", "end with",
        "agenda", "checklist", "template", "every", "question", "questions", "每次",
      ],
    },
    hedges: {
      label: "hedge",
      words: [
        "maybe", "perhaps", "i guess", "hopefully", "i hope", "might", "possibly", "probably",
        "i'll try", "if i can", "if possible", "if i have time", "when i have time",
        "at some point", "sort of", "kind of", "i suppose", "not sure", "也许", "可能", "尽量",
      ],
    },
    growthEdge: {
      label: "limit, habit or blind spot",
      words: [
        "need to", "needs to", "weak*", "struggle*", "habit*", "tend to", "tendency",
        "blind spot", "limit*", "not good at", "bad at", "too quick", "too fast", "too much",
        "too soon", "impatien*", "overlook*", "avoid*", "interrupt*", "jump in", "jumped in",
        "rush*", "dominat*", "talk too", "control*", "lack", "difficult", "hard for me",
        "still learning", "not yet", "less", "fail*", "mistake*", "don't", "didn't", "can't",
        "不足", "缺点", "改进", "习惯", "弱点",
      ],
    },
    models: {
      label: "model, technique or tool",
      words: [
        "grow", "goal reality options", "open question*", "how question*", "closed question*",
        "level* of listening", "listening level*", "active listening", "deep listening",
        "listening", "feedback", "sbi", "situation behaviour impact", "rapport", "trust",
        "silence", "summaris*", "summariz*", "paraphras*", "reflect* back", "scaling question*",
        "scale of", "preparation", "model", "framework", "technique", "tool", "theory",
        "kolb", "gibbs", "driscoll", "johari", "situational leadership", "purposeful question*",
        "powerful question*", "clean language", "contracting", "role play",
        "倾听", "提问", "反馈", "模型",
      ],
    },
    outcomes: {
      label: "outcome or success measure",
      words: [
        "want*", "so that", "success*", "would know", "will know", "to know", "measure*",
        "outcome", "result*", "by the end", "achieve*", "look like", "leave with",
        "walk away with", "end up", "#", "aim*", "target", "a plan", "to win", "to agree",
        "to decide", "decision", "clarity", "clear", "ready to", "confident to", "希望", "目标",
        "想要",
      ],
    },
    facts: {
      label: "fact or figure",
      words: [
        "#", "percent", "down", "up", "fell", "rose", "lost", "missed", "late", "behind",
        "ahead", "already", "tried", "since", "last", "currently", "now", "still", "budget",
        "deadline", "client", "customer", "team", "manager",
      ],
    },
    measures: {
      label: "figure, deal, date or client outcome",
      words: [
        "#", "percent", "revenue", "sales", "deal*", "contract*", "order*", "renewal",
        "renewed", "closed", "signed", "won", "saved", "cost*", "hours", "days", "weeks",
        "deadline", "on time", "launched", "delivered", "shipped", "client agreed",
        "client signed", "customer agreed", "budget", "margin", "profit", "volume", "kpi*",
        "nps", "complaint*", "retention", "quota", "million", "thousand",
        "monday", "tuesday", "wednesday", "thursday", "friday", "january", "february",
        "march", "april", "june", "july", "august", "september", "october", "november",
        "december", "万", "合同", "订单", "客户同意",
      ],
    },
    business: {
      label: "business link",
      words: [
        "business", "result*", "revenue", "sales", "client*", "customer*", "deal*", "target*",
        "kpi*", "profit*", "cost*", "performance", "productiv*", "deliver*", "quality",
        "retention", "turnover", "efficien*", "budget", "market*", "growth", "quota",
        "numbers", "#", "业务", "客户", "业绩", "销售",
      ],
    },
    stop: { label: "stop", words: ["stop*", "no longer", "less", "quit", "drop", "停止"] },
    start: { label: "start", words: ["start*", "begin*", "try", "new", "开始"] },
    continue: { label: "continue", words: ["continu*", "keep*", "carry on", "still", "继续"] },
    blameOthers: {
      label: "something put on others",
      words: [
        "he didn't", "she didn't", "they didn't", "he wasn't", "she wasn't", "they weren't",
        "he was not", "she was not", "he would not", "she would not", "he wouldn't",
        "she wouldn't", "he refused", "she refused", "he kept", "she kept", "because he",
        "because she", "because they", "his fault", "her fault", "their fault", "not ready",
        "wasn't open", "not engaged", "not interested", "resist*", "was defensive",
        "the coachee", "was late", "came late", "got distracted",
      ],
    },
    ownAction: {
      label: "something you did",
      words: [
        "i did", "i didn't", "i should", "i could", "i asked", "i let", "i pushed", "i rushed",
        "i interrupted", "i talked", "i missed", "i forgot", "i failed", "i wasn't", "i was too",
        "my fault", "my mistake", "my part", "on my side", "i jumped", "i gave", "i told",
        "i took", "i made", "i tried", "i need", "i'll", "next time i", "i realised",
        "i realized", "i noticed", "i stayed", "i kept", "i listened", "i chose", "i decided",
        "i allowed", "i moved", "i changed", "i went",
      ],
    },
    notDone: {
      label: "something not done",
      words: [
        "didn't", "didnt", "did not", "wasn't able", "couldn't", "could not", "forgot",
        "never got", "skipped", "missed", "planned to", "meant to", "intended", "was going to",
        "ran out", "no time", "没有", "没",
      ],
    },
    reasons: {
      label: "reason",
      words: [
        "because", "since", "due to", "as he", "as she", "as i", "as we", "as the",
        "ran out of", "the reason", "stopped me", "got in the way", "too nervous",
        "too tired", "afraid", "worried", "felt", "wasn't sure", "avoid*", "instead",
        "so i", "so we", "因为", "由于", "所以",
      ],
    },
    nothingMissed: {
      label: "nothing left undone",
      words: ["nothing", "none", "did everything", "all of it", "n a", "everything i planned"],
    },
    nothingLearnt: {
      label: "nothing learnt",
      words: [
        "nothing", "not much", "nothing new", "same as before", "not really", "no idea",
        "n a", "没什么", "没有",
      ],
    },
  },

  settings: {
    // One follow-up per answer keeps the chat a reflection, not an interrogation.
    maxFollowUpsPerAnswer: 1,
  },

  rules: [
    {
      id: "depth.too-short",
      // Every step but the question list, where one short question is a fine answer.
      appliesTo: ["any-question", "goal", "reality", "options", "will"],
      when: { words: { max: 4 } },
      ask: [
        "Could you say a little more? What happened, and what did it mean to you?",
        "That is brief. What is one detail you would want to remember in six months?",
      ],
      why: "A few words cannot be reflected on later; one more sentence usually holds the learning.",
      priority: 90,
      examples: {
        fires: [
          "Fine.",
          "Went well.",
          "Not much really.",
          "很好",
          "还可以。",
          "うまくいった",
          "👍👍 ok!!",
          { answer: "N/A", step: "goal" },
        ],
        quiet: [
          "It was a useful session.",
          "I let Ravi lay out the numbers first, then asked what had changed.",
          "我让他先讲数据，然后问他客户那边发生了什么变化。",
          "彼が先に数字を説明し、私は質問しました",
          { answer: "Win back the spring volume from a key client.", step: "goal" },
        ],
      },
    },

    {
      id: "depth.concrete-example",
      appliesTo: [1, 5, 6],
      when: { all: [{ lacks: "@concrete" }, { not: { quote: true } }] },
      ask: [
        "Can you give one concrete moment: something said, a question asked, a figure?",
        "What is one specific moment from the session that shows this?",
      ],
      why: "Specific moments are what you can learn from; a general summary hides them.",
      priority: 45,
      examples: {
        fires: [
          "I coached her on her presentation skills and it was good.",
          { answer: "It went well overall and he seemed engaged.", step: "q5" },
          { answer: "Listening is important in coaching.", step: "q6" },
          "我们讨论了他的职业发展。",
        ],
        quiet: [
          "I asked her which moves had influenced the client.",
          { answer: "Halfway through he went quiet for a minute, and I waited.", step: "q5" },
          { answer: "When she said “I never get the big accounts” I stayed with it.", step: "q6" },
          "We looked at 3 past tenders together.",
          "比如，他提到客户换了采购负责人。",
        ],
      },
    },

    {
      id: "ownership.i-not-we",
      appliesTo: [1, 3, 4, 10],
      when: { ratio: { of: "@we", to: "@i", atLeast: 3, minimumOf: 2 } },
      ask: [
        "You write \"we\" a lot. What did you yourself do or say?",
        "What was your own part in this, in \"I\" terms?",
      ],
      why: "The log is about your coaching; \"we\" hides which moves were yours.",
      priority: 50,
      examples: {
        fires: [
          "We discussed the numbers and we agreed on next steps.",
          "We went through our pipeline and looked at what was blocking us.",
          { answer: "We should have agreed our goal first; we rushed it and we lost focus, and I noticed late.", step: "q4" },
          { answer: "Our team and I got better; we now run our reviews faster and we trust each other more.", step: "q10" },
        ],
        quiet: [
          "I asked what she wanted from the session and we agreed a goal.",
          "I listened, I summarised, and I let him choose.",
          "We met on Tuesday.",
          { answer: "I planned to ask for a number but we ran out of time and I forgot.", step: "q3" },
        ],
      },
    },

    {
      id: "ownership.control",
      appliesTo: [5],
      when: { all: [{ contains: "@blameOthers" }, { lacks: "@ownAction" }] },
      ask: [
        "What was within your control? What could you have done differently?",
        "Leaving the coachee aside for a moment: what part did your own choices play?",
      ],
      why: "You can only change your own coaching; noticing your part turns a bad session into a lesson.",
      priority: 70,
      examples: {
        fires: [
          "Badly. He wasn't open to any of it and kept checking his phone.",
          "Not great, because she was not ready to talk about her goals.",
          "The coachee came late and got distracted by emails.",
          "It stalled: they didn't prepare and resisted every option.",
        ],
        quiet: [
          "Badly. He wasn't open, and I pushed my own idea too early.",
          "Well: she found her own next step.",
          "Not great. I rushed the goal and she was not ready for options.",
          "Mixed. He kept going back to the past; next time I will ask about the future sooner.",
        ],
      },
    },

    {
      id: "feelings.name-it",
      appliesTo: [2],
      when: { lacks: "@feelings" },
      ask: [
        "Which feeling was strongest for you in it?",
        "If you had to name one feeling from the session, what would it be?",
      ],
      why: "Naming the feeling makes the reflection yours, and shows what to watch next time.",
      priority: 70,
      examples: {
        fires: [
          "It was a useful session.",
          "I think it went the right way and the structure worked.",
          "I felt it was productive.",
          "总体来说还行。",
        ],
        quiet: [
          "I felt uneasy when he went quiet.",
          "Relieved, and a bit impatient when he went quiet.",
          "Proud of her, frustrated with myself.",
          "有点紧张，但后来放松了。",
          "Honestly I felt good about it.",
        ],
      },
    },

    {
      id: "questions.open",
      appliesTo: ["questions"],
      // "Most" of at least two: one closed question in a pair is already half.
      when: { questions: { kind: "closed", fractionAtLeast: 0.6, minimumQuestions: 2 } },
      ask: [
        "Most of these can be answered yes or no. A \"how\" question often opens more thinking: what \"how\" question could you have asked here?",
        "Many of these questions are closed. How could you reword one of them so it invites a longer answer?",
      ],
      why: "Closed questions get yes or no; open questions make the coachee think and find their own answer.",
      priority: 75,
      examples: {
        fires: [
          "What would success look like? Did you call the buyer? Is the price the problem?",
          "Did you talk to him? Can you do it by Friday?",
          "- Is that realistic?\n- Have you asked your manager?\n- What else?",
          "你和客户谈过吗？价格是问题吗？",
        ],
        quiet: [
          "What would success look like? How could you find out what the buyer values?",
          "Did you call the buyer? What happened when you did? How did it feel?",
          "What do you want from today?",
          "1. What is in your way? 2. Who could help? 3. Is that realistic?",
        ],
      },
    },

    {
      id: "questions.how",
      appliesTo: ["questions"],
      when: { questions: { kind: "how", fractionAtMost: 0.2, minimumQuestions: 3 } },
      ask: [
        "None of these start with \"how\". What \"how\" question could you have asked?",
        "Which of these could become a \"how\" question, to move the coachee towards action?",
      ],
      why: "\"How\" questions move the coachee from talking about a problem to working out what to do.",
      priority: 70,
      examples: {
        fires: [
          "What do you want? What is in the way? What will you do?",
          "Why did it fail? Who else knows? When will you start?",
          "Tell me more; what else; which option do you like best; how about Tuesday?",
        ],
        quiet: [
          "What do you want? How will you know you got it? What is next?",
          "What do you want? What's in the way?",
          "How did it go? How would you do it again? What did you learn?",
          "客户想要什么？你怎么知道？谁能帮你？",
        ],
      },
    },

    {
      id: "questions.leading",
      appliesTo: ["questions"],
      when: { contains: "@leadingQuestions" },
      ask: "Some of these carry the answer inside them. What would you ask if you had no answer in mind?",
      why: "A suggestion phrased as a question still tells; the coachee learns more from finding the answer.",
      priority: 78,
      examples: {
        fires: [
          "Have you tried calling her directly?",
          "What do you want? Why don't you ask your manager?",
          "Don't you think the price is too high?",
        ],
        quiet: [
          "What have you tried so far?",
          "What would you ask your manager for?",
          "How do you see the price?",
        ],
      },
    },

    {
      id: "telling.not-asking",
      appliesTo: [1, 4, 5, "questions"],
      when: { contains: "@telling" },
      ask: [
        "You told or advised here. What question could you have asked instead, so they found it themselves?",
        "What might have happened if you had asked rather than told at that point?",
      ],
      why: "Coaching works when the coachee finds the answer; telling takes that away.",
      priority: 80,
      examples: {
        fires: [
          "I told him to call the buyer before Friday.",
          "I suggested she split the account plan into two.",
          "I explained how I would run the meeting.",
          { answer: "You should call the client, right?", step: "questions" },
          { answer: "我建议他先和客户沟通。", step: "q4" },
        ],
        quiet: [
          "I asked him what he would say to the buyer.",
          "He told me about the client's new buyer.",
          "She suggested a trial lane herself.",
          { answer: "What would you tell the client?", step: "questions" },
        ],
      },
    },

    {
      id: "plan.what-stopped-you",
      appliesTo: [3],
      when: {
        all: [
          { contains: "@notDone" },
          { lacks: "@reasons" },
          { lacks: "@nothingMissed" },
        ],
      },
      ask: [
        "What stopped you from doing it?",
        "What got in the way at that moment?",
      ],
      why: "Knowing what stopped you is how you make it happen next time.",
      priority: 65,
      examples: {
        fires: [
          "I didn't check his commitment at the end.",
          "I planned to ask for a scaling score but never got to it.",
          "I meant to agree a follow-up date.",
          "我没有问他的目标。",
        ],
        quiet: [
          "I didn't check his commitment because we ran out of time.",
          "Nothing, I did everything I planned.",
          "I forgot to agree a date as I was worried about the time.",
          "I did all the planned steps and added a summary.",
        ],
      },
    },

    {
      id: "results.measurable",
      appliesTo: [9],
      when: { lacks: "@measures" },
      ask: [
        "Can you put a figure, a deal, a date or a client outcome on it?",
        "How would the business see this result? Is there a number or a client response?",
      ],
      why: "A result you can measure is one you can show your coach and build on.",
      priority: 60,
      examples: {
        fires: [
          "Better relationship with the client.",
          "She is more confident with key accounts.",
          "The team is more aligned.",
          "团队更有信心了。",
        ],
        quiet: [
          "She ran the renewal meeting on her own and closed it.",
          "Volume is back up 12% on the key lane.",
          "The client signed the trial contract on Friday.",
          "客户签了合同。",
        ],
      },
    },

    {
      id: "results.link-to-business",
      appliesTo: [13, 14],
      when: { lacks: "@business" },
      ask: [
        "How does this skill show up in a business result you care about?",
        "Which business result would this skill help with?",
      ],
      why: "Linking a skill to a business result is what makes it worth practising, to you and to your organisation.",
      priority: 55,
      examples: {
        fires: [
          { answer: "I am listening more and talking less.", step: "q13" },
          { answer: "I will plan my next sessions better.", step: "q14" },
          { answer: "Asking open questions helps people think for themselves.", step: "q13" },
        ],
        quiet: [
          { answer: "Listening better means my reps find client needs earlier, so fewer lost deals.", step: "q13" },
          { answer: "I will plan each session around one quarterly sales target.", step: "q14" },
          { answer: "提问更好，团队的业绩也会更好。", step: "q13" },
        ],
      },
    },

    {
      id: "actions.stop-start-continue",
      appliesTo: [7],
      when: { any: [{ lacks: "@stop" }, { lacks: "@start" }, { lacks: "@continue" }] },
      ask: [
        "What will you stop, what will you start, and what will you continue?",
        "You have part of it. Which of stop, start and continue is still missing?",
      ],
      why: "Stop, start and continue together keep what works as well as changing what does not.",
      priority: 60,
      examples: {
        fires: [
          "Ask more open questions.",
          "Stop interrupting. Start asking how questions.",
          "Continue preparing; stop jumping in.",
          "停止打断他，开始多问。",
        ],
        quiet: [
          "Stop interrupting, start asking how questions, continue preparing the goal.",
          "Stop: giving answers. Start: silence after a question. Keep: the summary at the end.",
          "停止打断他，开始多问，继续做准备。",
        ],
      },
    },

    {
      id: "actions.when",
      appliesTo: [8, 14, "will"],
      when: { lacks: "@timeWords" },
      ask: [
        "When will you do it? What date or moment will remind you?",
        "What will trigger this: a date, a meeting, a moment?",
      ],
      why: "An action with a time or trigger gets done; one without one tends to drift.",
      priority: 55,
      examples: {
        fires: [
          "I will ask more open questions.",
          "Prepare a list of how questions.",
          { answer: "He will call the new buyer.", step: "will" },
          { answer: "Use this to plan my development.", step: "q14" },
        ],
        quiet: [
          "Before each session I will write three how questions.",
          "I will practise with my buddy on Tuesday.",
          { answer: "Book the buyer meeting by Friday.", step: "will" },
          { answer: "Every month I will review my log.", step: "q14" },
          "下周开始，每次会议前准备三个问题。",
        ],
      },
    },

    {
      id: "actions.vague-verbs",
      appliesTo: [7, 8, 14, 15],
      when: { all: [{ contains: "@vagueIntentions" }, { lacks: "@concreteActions" }] },
      ask: [
        "What will you actually do, that someone watching could see?",
        "What would \"better\" look like in your next session: one concrete thing?",
      ],
      why: "Intentions like \"improve\" or \"be more\" are hard to act on; a visible action can be practised.",
      priority: 60,
      examples: {
        fires: [
          { answer: "Improve my listening.", step: "q8" },
          { answer: "Try to be more patient and focus on the coachee.", step: "q8" },
          { answer: "I want to get better at coaching.", step: "q15" },
          { answer: "Work on my style.", step: "q7" },
        ],
        quiet: [
          { answer: "Improve my listening by counting to five before I speak.", step: "q8" },
          { answer: "I will ask for a role play with my buddy next week.", step: "q15" },
          { answer: "Start each session by asking what they want from it.", step: "q8" },
          { answer: "Book a slot with my coach.", step: "q14" },
        ],
      },
    },

    {
      id: "hedging.commit",
      appliesTo: [7, 8, 14],
      when: { contains: "@hedges" },
      ask: [
        "That sounds hedged. How committed are you, from 1 to 10, and what would make it a 10?",
        "What would it take to turn this into a firm commitment?",
      ],
      why: "A hedged commitment is easy to drop; saying how committed you are makes it real.",
      priority: 65,
      examples: {
        fires: [
          { answer: "Maybe ask more open questions.", step: "q7" },
          { answer: "I'll try to pause before answering, if I have time.", step: "q8" },
          { answer: "Hopefully use it in the next review.", step: "q14" },
          { answer: "也许下次多问一些问题。", step: "q8" },
        ],
        quiet: [
          { answer: "I will pause for five seconds before I answer.", step: "q8" },
          { answer: "Stop telling, start asking, continue preparing.", step: "q7" },
          { answer: "I will use it in Tuesday's review.", step: "q14" },
        ],
      },
    },

    {
      id: "balance.growth-edge",
      appliesTo: [11],
      when: { lacks: "@growthEdge" },
      ask: [
        "And the other side: what limit, habit or blind spot did you notice?",
        "What did the session show you that you would rather not see?",
      ],
      why: "Strengths are half the picture; a named habit is the one you can work on.",
      priority: 60,
      examples: {
        fires: [
          "I am a good listener and people trust me.",
          "I am patient and well prepared.",
          "That I can build rapport quickly.",
        ],
        quiet: [
          "I am a good listener, but I jump in when there is silence.",
          "I tend to rescue people with answers.",
          "I still need to get comfortable with silence.",
          "我的习惯是太快给答案。",
        ],
      },
    },

    {
      id: "theory.name-the-model",
      appliesTo: [12],
      when: { lacks: "@models" },
      ask: [
        "Which model, technique or tool did you use (GROW, levels of listening, open questions, feedback…)?",
        "What from the training did you put to work here? Name it.",
      ],
      why: "Naming the model you used lets you practise it on purpose, and see when you drop it.",
      priority: 55,
      examples: {
        fires: [
          "I did what we learnt on the course.",
          "I kept it simple and let him talk.",
          "By being more patient.",
        ],
        quiet: [
          "I used GROW to structure the session.",
          "I practised level 3 listening and open questions.",
          "I gave feedback straight after the meeting, using SBI.",
          "我用了倾听和提问的方法。",
        ],
      },
    },

    {
      id: "grow.goal-outcome",
      appliesTo: ["goal"],
      when: { lacks: "@outcomes" },
      ask: [
        "What outcome did they want, and how would they know they had got it?",
        "What would success have looked like for them, by the end of the session?",
      ],
      why: "A goal with an outcome and a measure gives the rest of the session its direction.",
      priority: 60,
      examples: {
        fires: [
          "Talk about his workload.",
          "Discuss the project with the new client.",
          "We talked about her career and the team.",
          "讨论他的工作。",
        ],
        quiet: [
          "A plan to win back the spring volume from a key client.",
          "She wanted to leave with two options for the renewal.",
          "To agree how he would know the handover was done.",
          "他希望在月底前拿回客户。",
        ],
      },
    },

    {
      id: "grow.reality-facts",
      appliesTo: ["reality"],
      when: { all: [{ lacks: "@facts" }, { words: { min: 5 } }] },
      ask: "What facts or figures did the coachee bring about where things stand?",
      why: "Reality built on facts, not impressions, is what good options grow from.",
      priority: 50,
      examples: {
        fires: [
          "He thinks things are going quite badly overall.",
          "She feels unsure about the whole situation.",
          "It is complicated and nobody is happy about it.",
        ],
        quiet: [
          "Volume down 30%; the client's new buyer prefers a rival.",
          "He has tried twice already and the client still says no.",
          "Bad.",
        ],
      },
    },

    {
      id: "grow.options-several",
      appliesTo: ["options"],
      when: { listItems: { atMost: 1 } },
      ask: [
        "Which other options came up, or could have? Two or three give a real choice.",
        "If that option were off the table, what else could they do?",
      ],
      why: "A single option is a decision already made; several let the coachee choose.",
      priority: 60,
      examples: {
        fires: [
          "Meet the new buyer.",
          "He will just push harder on price.",
          "给客户打电话。",
        ],
        quiet: [
          "Meet the new buyer; offer a trial lane; ask his manager to join.",
          "Call the buyer or email the account lead.",
          "- Train a deputy\n- Hire a contractor",
          "打电话、发邮件、见面。",
        ],
      },
    },

    {
      id: "learning.nothing-new",
      appliesTo: [6],
      when: { all: [{ contains: "@nothingLearnt" }, { words: { max: 12 } }] },
      ask: "Even a familiar session teaches something. What surprised you, even a little?",
      why: "\"Nothing\" usually means the lesson has not been looked for yet.",
      priority: 75,
      examples: {
        fires: [
          "Nothing new this time.",
          "Not much, it was the same as before.",
          "Not really anything.",
          "没什么新的。",
        ],
        quiet: [
          "That silence gets me further than a clever question.",
          "Nothing new about the client, but a lot about how I react when pushed on price.",
          "I learnt she needs more time to think.",
        ],
      },
    },

    {
      id: "history.repeated-answer",
      appliesTo: ["any-question"],
      when: { similarToEarlier: { atLeast: 0.8 } },
      ask: [
        "This is close to what you wrote last time. What was different in this session?",
        "You wrote nearly the same in an earlier reflection. What is new this time?",
      ],
      why: "A repeated answer often means a lesson is not yet being acted on, or the question was answered from habit.",
      priority: 85,
      examples: {
        fires: [
          {
            answer: "I need to listen more and talk less in my sessions.",
            step: "q6",
            history: [{ id: 12, answers: { q6: "I need to listen more and talk less in my sessions." } }],
          },
          {
            answer: "I need to listen more and to talk less in sessions.",
            step: "q6",
            history: [
              { id: 14, answers: { q6: "The client matters most." } },
              { id: 12, answers: { q6: "I need to listen more and talk less in sessions." } },
            ],
          },
          {
            answer: "Ask more open questions, stop giving answers.",
            step: "q7",
            history: [{ id: 3, answers: { q7: "Ask more open questions. Stop giving answers!" } }],
          },
        ],
        quiet: [
          {
            answer: "I need to listen more and talk less in my sessions.",
            step: "q6",
            history: [{ id: 12, answers: { q6: "Silence works better than a clever question for her." } }],
          },
          {
            answer: "Fine.",
            step: "q6",
            history: [{ id: 12, answers: { q6: "Fine." } }],
          },
          {
            answer: "I need to listen more and talk less in my sessions.",
            step: "q6",
            history: [{ id: 12, answers: { q7: "I need to listen more and talk less in my sessions." } }],
          },
          { answer: "I need to listen more and talk less.", step: "q6" },
        ],
      },
    },

    {
      id: "history.recurring-theme",
      // Evaluated once at the end of the entry, for each rule that fired in it.
      appliesTo: ["entry"],
      when: { firedBefore: { inAtLeast: 3, ofLast: 5 } },
      ask: "A theme is coming back: \"{rule}\" fired in {entries} of your last {of} reflections. What would help you work on it?",
      why: "A follow-up that keeps coming back points at the habit most worth working on with your coach.",
      priority: 50,
      examples: {
        fires: [
          {
            fired: ["questions.open"],
            history: [
              { id: 5, fired: ["questions.open"] },
              { id: 4, fired: ["questions.open", "feelings.name-it"] },
              { id: 3 },
              { id: 2, fired: ["questions.open"] },
            ],
          },
          {
            fired: ["depth.too-short", "feelings.name-it"],
            history: [
              { id: 9, fired: ["feelings.name-it"] },
              { id: 8, fired: ["feelings.name-it"] },
              { id: 7, fired: ["feelings.name-it"] },
            ],
          },
        ],
        quiet: [
          {
            fired: ["questions.open"],
            history: [
              { id: 5, fired: ["questions.open"] },
              { id: 4, fired: ["questions.open"] },
              { id: 3 },
              { id: 2 },
              { id: 1 },
              { id: 0, fired: ["questions.open"] },
            ],
          },
          {
            fired: [],
            history: [
              { id: 5, fired: ["questions.open"] },
              { id: 4, fired: ["questions.open"] },
              { id: 3, fired: ["questions.open"] },
            ],
          },
          {
            fired: ["feelings.name-it"],
            history: [
              { id: 5, fired: ["questions.open"] },
              { id: 4, fired: ["questions.open"] },
              { id: 3, fired: ["questions.open"] },
            ],
          },
        ],
      },
    },
  ],
}
"""#
}
