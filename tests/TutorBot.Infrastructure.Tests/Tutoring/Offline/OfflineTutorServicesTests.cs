using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using TutorBot.Application.Tutoring;
using TutorBot.Infrastructure.Tutoring.Offline;

namespace TutorBot.Infrastructure.Tests.Tutoring.Offline;

public sealed class OfflineTutorServicesTests
{
    [Test]
    public async Task AddOfflineTutor_RegistersOneSearchAndTheOfflineModel_OverTheCourseSingleton()
    {
        await using var services = new ServiceCollection()
            .AddSingleton(ShippedCourse.Course)
            .AddOfflineTutor()
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        var search = services.GetRequiredService<ICourseSearch>();
        var model = services.GetRequiredKeyedService<IChatClient>(TutorModels.Offline);
        var response = await model.GetResponseAsync([new ChatMessage(ChatRole.User, "what does squared mean")]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(search, Is.TypeOf<CourseSearch>().And.SameAs(services.GetRequiredService<ICourseSearch>()));
            Assert.That(model, Is.TypeOf<OfflineTutorChatClient>().And.SameAs(services.GetRequiredKeyedService<IChatClient>(TutorModels.Offline)));
            Assert.That(services.GetService<IChatClient>(), Is.Null, "the lead composes the unkeyed client");
            Assert.That(response.Text, Does.Contain("send /lesson 7"));
        }
    }
}
