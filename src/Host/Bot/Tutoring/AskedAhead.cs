using TutorBot.Application.Tutoring.AskTutor;

namespace TutorBot.Host.Bot.Tutoring;

/// <summary>
/// The tutor's answer to a message's question, asked before the message is handled: the model is waited on outside
/// any transaction, and the message's handling then stores question and answer with the reply at once.
/// </summary>
public sealed record AskedAhead(string Question, TutorAnswerDto Answer);
