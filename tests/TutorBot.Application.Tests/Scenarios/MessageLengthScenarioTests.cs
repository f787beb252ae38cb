using System.Text;
using TutorBot.Application.Common.Exceptions;
using TutorBot.Application.Conversations.AddMessage;
using TutorBot.Application.Conversations.GetContext;
using TutorBot.Application.Tests.Functional.Support;

namespace TutorBot.Application.Tests.Scenarios;

/// <summary>The 5000-character limit counts UTF-16 code units, whatever the characters cost in UTF-8.</summary>
[Category("Scenarios")]
public sealed class MessageLengthScenarioTests : PipelineTest
{
    private const long StudentId = 42;
    private const int MaxLength = 5000;

    [TestCase("x", TestName = "{m}(Ascii)")]
    [TestCase("é", TestName = "{m}(TwoUtf8Bytes)")]
    [TestCase("中", TestName = "{m}(ThreeUtf8Bytes)")]
    [TestCase("😀", TestName = "{m}(SurrogatePair)")]
    public async Task Message_AtMaxLengthIsStored_OneUnitMoreIsRejected(string unit)
    {
        await StartAsync();
        await RegisterAsync(StudentId);
        var longest = Repeat(unit, MaxLength);
        var tooLong = longest + "x";

        await SendAsync(AddMessageCommand.FromStudent(StudentId, longest));
        var error = Assert.ThrowsAsync<ValidationException>(() => SendAsync(AddMessageCommand.FromStudent(StudentId, tooLong)));

        var context = await SendAsync(new GetContextQuery(StudentId));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(longest, Has.Length.EqualTo(MaxLength));
            Assert.That(error.Errors.Keys, Is.EquivalentTo(new[] { nameof(AddMessageCommand.Text) }));
            Assert.That(context.Messages.Single().Text, Is.EqualTo(longest));
            Assert.That(Database.Messages(StudentId).Single().TextUtf8, Is.EqualTo(Encoding.UTF8.GetBytes(longest)));
            Assert.That(Database.LastMessageSequence(StudentId), Is.EqualTo(1));
        }
    }

    private static string Repeat(string unit, int length) =>
        string.Concat(Enumerable.Repeat(unit, length / unit.Length));
}
