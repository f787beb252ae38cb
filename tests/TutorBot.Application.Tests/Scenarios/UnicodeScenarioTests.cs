using System.Text;
using TutorBot.Application.Conversations.AddMessage;
using TutorBot.Application.Conversations.GetContext;
using TutorBot.Application.Students.RegisterStudent;
using TutorBot.Application.Tests.Functional.Support;

namespace TutorBot.Application.Tests.Scenarios;

/// <summary>Text is stored exactly as sent (SPEC §2): no normalisation, escaping or truncation on the way.</summary>
[Category("Scenarios")]
public sealed class UnicodeScenarioTests : PipelineTest
{
    private static readonly string[] Texts =
    [
        "Family emoji 👨‍👩‍👧‍👦 and 🏳️‍🌈, skin tones 👍🏻👍🏽👍🏿, flags 🇺🇦🇯🇵",
        "中文：你好，世界！日本語：こんにちは。한국어: 안녕하세요",
        "العربية: مرحبا بالعالم — עברית: שלום עולם — mixed with English",
        "Override \u202Ereversed text\u202C and isolates \u2067rtl\u2069 here",
        "Combining marks: e\u0301 a\u0308 n\u0303 Z\u0336\u0337\u0338 and precomposed é",
        "Cafe\u0301 (decomposed) differs from Café (precomposed)",
        "Quotes: \"double\" 'single' `back` «guillemets» „low“ ‘curly’",
        "Backslashes: C:\\Users\\ada\\notes.txt and \\n is not a newline \\\\",
        "'; DROP TABLE Students; --",
        "Robert'); DELETE FROM \"ConversationMessages\"; --",
        "<script>alert('x')</script> <b>bold</b> &amp; &lt;tag&gt;",
        "Line one\nLine two\n\tindented with a tab\n\n  trailing spaces  ",
        "Zero\u200Bwidth space, joiner\u200D, no-break\u00A0space, BOM\uFEFF inside",
        "Astral: 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 𝟙𝟚𝟛 𓀀 and max code point \U0010FFFD end",
        "Format strings: 100% {0} %s %d ${name} {{braces}} $1 \\1",
    ];

    [Test]
    public async Task SpecialCharacters_AreStoredByteForByte()
    {
        var students = StressScale.Count(10);
        var ids = Enumerable.Range(1, students).Select(i => (long)i).ToArray();
        await StartAsync();
        foreach (var id in ids)
        {
            await SendAsync(new RegisterStudentCommand(id));
        }

        await Task.WhenAll(ids.Select(id => Task.Run(async () =>
        {
            foreach (var text in Texts)
            {
                await SendAsync(AddMessageCommand.FromStudent(id, text));
            }
        })));

        var expectedBytes = Texts.Select(Encoding.UTF8.GetBytes).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Database.StudentCount(), Is.EqualTo(students), "the SQL-looking text dropped nothing");
            Assert.That(Database.MessageCount(), Is.EqualTo(students * Texts.Length));
            foreach (var id in ids)
            {
                var context = await SendAsync(new GetContextQuery(id));
                Assert.That(context.Messages.Select(m => m.Text), Is.EqualTo(Texts), $"context of student {id}");
                Assert.That(Database.Messages(id).Select(r => r.TextUtf8), Is.EqualTo(expectedBytes), $"UTF-8 in the file for student {id}");
            }
        }
    }
}
