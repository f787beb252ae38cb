namespace TutorBot.FakeTelegram.Tests.Sending;

public sealed class TelegramHtmlTests
{
    [TestCase("<b>bold</b> <strong>s</strong> <i>i</i> <em>e</em> <u>u</u> <ins>n</ins> <s>s</s> <strike>k</strike> <del>d</del>")]
    [TestCase("<code>x</code> <pre><code class=\"language-python\">y</code></pre> <tg-spoiler>z</tg-spoiler>")]
    [TestCase("<span class=\"tg-spoiler\">z</span> <blockquote>q</blockquote> <a href=\"https://example.org/?a=1&amp;b=2\">link</a>")]
    [TestCase("2 &lt; 3 &gt; 1 &amp; &quot;x&quot; &#65; &#x42;")]
    [TestCase("a > b")]
    [TestCase("<B>upper-case tags</B>")]
    public void Parse_AcceptsTelegramHtml(string html)
    {
        TelegramHtml.Parse(html, out var error);

        Assert.That(error, Is.Null);
    }

    [TestCase("a < b", "Unsupported start tag \"\" at byte offset 2")]
    [TestCase("<div>x</div>", "Unsupported start tag \"div\" at byte offset 0")]
    [TestCase("é<x>", "Unsupported start tag \"x\" at byte offset 2")]
    [TestCase("<b>open", "Can't find end tag corresponding to start tag \"b\"")]
    [TestCase("<b><i>x</b></i>", "Unmatched end tag at byte offset 7, expected \"</i>\", found \"</b>\"")]
    [TestCase("x</b>", "Unexpected end tag at byte offset 1")]
    [TestCase("<b", "Unclosed start tag at byte offset 0")]
    [TestCase("<span>x</span>", "Tag \"span\" must have class \"tg-spoiler\" at byte offset 0")]
    [TestCase("AT&T", "Unsupported HTML entity at byte offset 2")]
    [TestCase("&nbsp;", "Unsupported HTML entity at byte offset 0")]
    public void Parse_RefusesInvalidMarkupWithTelegramsWording(string html, string expected)
    {
        TelegramHtml.Parse(html, out var error);

        Assert.That(error, Is.EqualTo(expected));
    }

    [Test]
    public void Parse_GivesTheVisibleText()
    {
        var plain = TelegramHtml.Parse("<b>2 &lt; 3</b> &amp; <a href=\"https://x.org\">more</a>&#33;", out _);

        Assert.That(plain, Is.EqualTo("2 < 3 & more!"));
    }
}
