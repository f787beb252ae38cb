using Microsoft.Extensions.AI;
using NSubstitute;
using TutorBot.Application.Tutoring;
using TutorBot.Infrastructure.Tutoring.Offline;

namespace TutorBot.Infrastructure.Tests.Tutoring.Offline;

public sealed class OfflineTutorChatClientTests
{
    private readonly OfflineTutorChatClient _tutor = new(ShippedCourse.Search, ShippedCourse.Course);

    [TearDown]
    public void DisposeTutor() => _tutor.Dispose();

    [TestCase("how do I turn 3/4 into a percent?", "percentages", "Percentages")]
    [TestCase("what does squared mean", "exponents", "Exponents")]
    [TestCase("how do I get x on its own", "linear-equations", "Linear equations")]
    public async Task GetResponse_ARelevantQuestion_SaysItIsOffline_QuotesTheCourse_AndNamesTheLessonToOpen(string question, string lessonId, string title)
    {
        var response = await _tutor.GetResponseAsync([new ChatMessage(ChatRole.User, question)]);

        var number = ShippedCourse.Number(lessonId);
        var text = response.Text;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(text, Does.StartWith(OfflineTutorChatClient.OfflineNote));
            Assert.That(text, Does.EndWith($"Lesson {number}. {title} — send /lesson {number}"));
            Assert.That(text, Does.Not.Contain("<").And.Not.Contain(">"), "plain text, safe for Telegram");
            Assert.That(response.Messages.Single().Role, Is.EqualTo(ChatRole.Assistant));
        }
    }

    [Test]
    public async Task GetResponse_QuotesTheMostRelevantSentences_CutAtSentenceBoundaries()
    {
        var response = await _tutor.GetResponseAsync([new ChatMessage(ChatRole.User, "what does squared mean")]);

        var quoted = QuotedPassages(response.Text);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(quoted, Has.Count.InRange(1, 3));
            Assert.That(quoted[0], Does.Contain("5^2 is read \"5 squared\""));
            Assert.That(quoted, Has.All.Length.LessThanOrEqualTo(320 + "Lesson 1. Fractions, worked example: ".Length));
            Assert.That(quoted, Has.All.Match(@"[.!?""…)]$"), "each ends where a sentence does");
        }
    }

    [TestCase("what is the weather in Paris tomorrow")]
    [TestCase("")]
    [TestCase("?!")]
    [TestCase("NEAR( \" * AND OR")]
    public async Task GetResponse_NothingRelevant_SaysSoPlainly_AndPointsToTheLessons(string question)
    {
        var response = await _tutor.GetResponseAsync([new ChatMessage(ChatRole.User, question)]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.Text, Does.StartWith(OfflineTutorChatClient.OfflineNote));
            Assert.That(response.Text, Does.Contain("I found nothing about that in the course"));
            Assert.That(response.Text, Does.Contain("/lessons").And.Contain("Fractions"));
            Assert.That(response.Text, Does.Not.Contain("/lesson "));
        }
    }

    [Test]
    public async Task GetResponse_AnswersTheLastUserMessage_NotTheSystemPromptOrEarlierTurns()
    {
        var response = await _tutor.GetResponseAsync(
        [
            new ChatMessage(ChatRole.System, "You are a tutor. The student is on the lesson about fractions."),
            new ChatMessage(ChatRole.User, "how do I divide fractions?"),
            new ChatMessage(ChatRole.Assistant, "Multiply by the reciprocal."),
            new ChatMessage(ChatRole.User, "and what does squared mean?"),
        ]);

        Assert.That(response.Text, Does.EndWith($"send /lesson {ShippedCourse.Number("exponents")}"));
    }

    [Test]
    public async Task GetResponse_ARunnerUpFromAnotherLessonOfWhichKind_SaysWhereItIsFrom()
    {
        var search = Substitute.For<ICourseSearch>();
        search.Search(Arg.Any<string>(), Arg.Any<int>()).Returns(
        [
            new CoursePassage("ratios", PassageKind.Exercise, "e1", "Share 30 in the ratio 3:2.", 10),
            new CoursePassage("fractions", PassageKind.Example, null, "6/8 = 3/4.", 9),
        ]);
        using var tutor = new OfflineTutorChatClient(search, ShippedCourse.Course);

        var response = await tutor.GetResponseAsync([new ChatMessage(ChatRole.User, "share")]);

        Assert.That(QuotedPassages(response.Text), Is.EqualTo(new[]
        {
            "Exercise: Share 30 in the ratio 3:2.",
            $"Lesson {ShippedCourse.Number("fractions")}. Fractions, worked example: 6/8 = 3/4.",
        }));
    }

    [Test]
    public async Task GetResponse_WithNoUserMessage_SaysItFoundNothing()
    {
        var response = await _tutor.GetResponseAsync([new ChatMessage(ChatRole.System, "fractions decimals percentages")]);

        Assert.That(response.Text, Does.Contain("I found nothing about that in the course"));
    }

    [Test]
    public async Task GetResponse_IsTheOfflineModel_AndUsesNoTokens()
    {
        var response = await _tutor.GetResponseAsync([new ChatMessage(ChatRole.User, "fractions")]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.ModelId, Is.EqualTo("offline"));
            Assert.That(response.Usage, Is.Null);
            Assert.That(response.FinishReason, Is.EqualTo(ChatFinishReason.Stop));
            Assert.That(_tutor.GetService<ChatClientMetadata>()?.DefaultModelId, Is.EqualTo("offline"));
        }
    }

    [Test]
    public async Task GetStreamingResponse_IsTheSameAnswer_InOneUpdate()
    {
        ChatMessage[] question = [new ChatMessage(ChatRole.User, "what is a ratio")];

        var updates = new List<ChatResponseUpdate>();
        await foreach (var update in _tutor.GetStreamingResponseAsync(question))
        {
            updates.Add(update);
        }

        var answer = await _tutor.GetResponseAsync(question);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(updates, Has.Count.EqualTo(1));
            Assert.That(updates[0].Text, Is.EqualTo(answer.Text));
            Assert.That(updates[0].ModelId, Is.EqualTo("offline"));
        }
    }

    [Test]
    public void GetResponse_WhenCancelled_Throws()
    {
        Assert.That(() => _tutor.GetResponseAsync([new ChatMessage(ChatRole.User, "fractions")], cancellationToken: new CancellationToken(true)),
            Throws.InstanceOf<OperationCanceledException>());
    }

    [Test]
    public async Task GetResponse_ShowsThreePassages_TheBestLessonsFirst_OthersLabelledWithTheirLesson()
    {
        var search = Substitute.For<ICourseSearch>();
        search.Search(Arg.Any<string>(), Arg.Any<int>()).Returns(
        [
            new CoursePassage("ratios", PassageKind.Explanation, null, "A ratio compares amounts.", 10),
            new CoursePassage("fractions", PassageKind.Explanation, null, "A fraction is a part of a whole.", 9),
            new CoursePassage("decimals", PassageKind.Exercise, "e1", "Close enough to show. But not enough room.", 7),
            new CoursePassage("ratios", PassageKind.Example, null, "Share 30 in the ratio 3:2.", 8),
            new CoursePassage("percentages", PassageKind.Exercise, "e2", "Far less relevant.", 1),
        ]);
        using var tutor = new OfflineTutorChatClient(search, ShippedCourse.Course);

        var response = await tutor.GetResponseAsync([new ChatMessage(ChatRole.User, "ratio")]);

        var ratios = ShippedCourse.Number("ratios");
        Assert.That(QuotedPassages(response.Text), Is.EqualTo(new[]
        {
            "A ratio compares amounts.",
            "Worked example: Share 30 in the ratio 3:2.",
            $"Lesson {ShippedCourse.Number("fractions")}. Fractions: A fraction is a part of a whole.",
        }));
        Assert.That(response.Text, Does.EndWith($"\n\nOpen Lesson {ratios}. Ratios — send /lesson {ratios}"));
    }

    /// <summary>The lines between the offline note and the lesson to open.</summary>
    private static List<string> QuotedPassages(string answer) =>
        [.. answer.Split('\n').Skip(1).Where(line => line.Length > 0 && !line.StartsWith("Open Lesson", StringComparison.Ordinal))];
}
