using TutorBot.Host.Telegram.Sending;

namespace TutorBot.Host.Tests.Telegram.Sending;

public sealed class TelegramHtmlTests
{
    [TestCase("a < b && c > d", "a &lt; b &amp;&amp; c &gt; d")]
    [TestCase("<b>not a tag</b>", "&lt;b&gt;not a tag&lt;/b&gt;")]
    [TestCase("&amp;", "&amp;amp;")]
    [TestCase("&lt;3", "&amp;lt;3")]
    [TestCase("say \"hi\"", "say &quot;hi&quot;")]
    [TestCase("it's 1/2", "it's 1/2")]
    [TestCase("😀 数学 e\u0301 مرحبا", "😀 数学 e\u0301 مرحبا")]
    [TestCase("line\r\nbreak\ttab", "line\r\nbreak\ttab")]
    [TestCase("<<>>&&", "&lt;&lt;&gt;&gt;&amp;&amp;")]
    [TestCase("", "")]
    public void Escape_MakesThePlainTextShowAsWritten(string plain, string html)
    {
        Assert.That(TelegramHtml.Escape(plain), Is.EqualTo(html));
    }

    [Test]
    public void Escape_WhenNull_Throws()
    {
        Assert.That(() => TelegramHtml.Escape(null!), Throws.ArgumentNullException);
    }

    [TestCase("Bad Request: can't parse entities: Unsupported start tag \"foo\" at byte offset 0")]
    [TestCase("Bad Request: can't parse entities: Can't find end of the entity starting at byte offset 12")]
    [TestCase("Bad Request: can't parse message text: Can't find end of the entity starting at byte offset 3")]
    [TestCase("BAD REQUEST: CAN'T PARSE ENTITIES")]
    [TestCase("can't find end of the entity")]
    public void IsEntityParseError_ForTelegramsMarkupComplaints_IsTrue(string description)
    {
        Assert.That(TelegramHtml.IsEntityParseError(description), Is.True);
    }

    [TestCase("Bad Request: message is too long")]
    [TestCase("Bad Request: message text is empty")]
    [TestCase("Forbidden: bot was blocked by the user")]
    [TestCase("Too Many Requests: retry after 5")]
    [TestCase("Bad Request: can't parse")]
    [TestCase("")]
    public void IsEntityParseError_ForOtherErrors_IsFalse(string description)
    {
        Assert.That(TelegramHtml.IsEntityParseError(description), Is.False);
    }
}
