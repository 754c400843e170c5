import LearnLog
