import Testing

@testable import LearnLog

@Suite struct QuestionSplitterTests {
  @Test(arguments: [
    ("What would success look like? Did you call the buyer? Is the price the problem?",
     ["What would success look like?", "Did you call the buyer?", "Is the price the problem?"]),
    ("1. What do you want\n2) Who can help\n(3) Why now", ["What do you want", "Who can help", "Why now"]),
    ("- Is it realistic?\n• How will you start?", ["Is it realistic?", "How will you start?"]),
    ("what else; who else", ["what else", "who else"]),
    ("客户想要什么？你怎么知道？", ["客户想要什么？", "你怎么知道？"]),
    ("I asked: \"What is in your way?\" and then “How could you test it?”",
     ["What is in your way?", "and then “How could you test it?"]),
    ("???\n\n", []),
  ])
  func splits(text: String, expected: [String]) {
    #expect(QuestionSplitter.questions(in: text) == expected)
  }
}

@Suite struct QuestionClassifierTests {
  @Test(arguments: [
    ("How could you find out what the buyer values?", QuestionKind.how),
    ("how did it feel", .how),
    ("How about Tuesday?", .closed),
    ("What would success look like?", .open),
    ("Why now?", .open),
    ("Tell me more about the client.", .open),
    ("Walk me through it", .open),
    ("In what way does it matter?", .open),
    ("Did you call the buyer?", .closed),
    ("Is the price the problem?", .closed),
    ("Can you do it by Friday?", .closed),
    ("Would that help?", .closed),
    ("Have you asked your manager?", .closed),
    ("Shouldn't you call her?", .closed),
    ("So what happened next?", .open),
    ("And did it work?", .closed),
    ("I asked him why he waited", .open),
    ("If you had a free hand, what would you do?", .open),
    ("The price?", .other),
    ("你怎么知道？", .how),
    ("客户想要什么？", .open),
    ("价格是问题吗？", .closed),
    ("どう思いますか？", .how),
  ])
  func classifies(question: String, kind: QuestionKind) {
    #expect(QuestionClassifier.kind(of: question) == kind)
  }

  /// A long question is decided from a short opening when its first words can decide it; the
  /// kind must be the same as for the question alone, whatever follows.
  @Test(arguments: [
    "How could you find out what the buyer values?", "How about Tuesday?",
    "So and then I asked him what happened next?", "Did you call the buyer?",
    "Tell me more about the client.", "If you had a free hand, what would you do?",
    "The price?", "so so so so so so so so so so so so so so so so so so so what now?",
    "I asked him whether the forecast for the northern territory was realistic, or why not?",
  ])
  func longQuestionsKeepTheirKind(question: String) {
    let tail = String(repeating: " and the renewal with the client which was late", count: 12)
    let long = question.dropLast(question.hasSuffix("?") ? 1 : 0) + tail + "?"
    #expect(QuestionClassifier.kind(of: String(long)) == QuestionClassifier.kind(of: question))
  }

  @Test func howCountsAsOpen() {
    #expect(QuestionKind.how.counts(as: .open))
    #expect(!QuestionKind.open.counts(as: .how))
    #expect(!QuestionKind.closed.counts(as: .open))
  }
}

@Suite struct ListSplitterTests {
  @Test(arguments: [
    ("Meet the new buyer.", 1),
    ("Meet the new buyer; offer a trial lane; ask his manager to join.", 3),
    ("Call the buyer or email the lead", 2),
    ("- Train a deputy\n- Hire a contractor", 2),
    ("打电话、发邮件、见面。", 3),
    ("给客户打电话或者发邮件", 2),
    ("", 0),
  ])
  func counts(text: String, expected: Int) {
    #expect(ListSplitter.items(in: text).count == expected)
  }
}
