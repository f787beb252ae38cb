using System.Reflection;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using NSubstitute;
using TutorBot.Application.Common.Behaviours;
using TutorBot.Application.Common.Interfaces;
using TutorBot.Application.Conversations.AddMessage;
using TutorBot.Application.Conversations.ClearContext;
using TutorBot.Application.Conversations.GetContext;
using TutorBot.Application.Stats.GetStats;
using TutorBot.Application.Students.GetStudentStats;
using TutorBot.Application.Students.RegisterStudent;
using ValidationException = TutorBot.Application.Common.Exceptions.ValidationException;

namespace TutorBot.Application.Tests.Unit;

/// <summary>What <see cref="DependencyInjection.AddApplication"/> wires, with substitutes at the persistence ports.</summary>
public sealed class RegistrationTests
{
    private static readonly Assembly Application = typeof(DependencyInjection).Assembly;

    private ServiceProvider _provider = null!;
    private AsyncServiceScope _scope;

    [SetUp]
    public void Build()
    {
        _provider = ApplicationServices.Build();
        _scope = _provider.CreateAsyncScope();
    }

    [TearDown]
    public async Task DisposeProvider()
    {
        await _scope.DisposeAsync();
        await _provider.DisposeAsync();
    }

    [Test]
    public void PipelineBehaviours_RunInOrder_LoggingValidationTransactionSlowRequest()
    {
        var behaviours = _scope.ServiceProvider.GetServices<IPipelineBehavior<AddMessageCommand, AddMessageResult>>();

        Assert.That(behaviours.Select(b => b.GetType()), Is.EqualTo(new[]
        {
            typeof(LoggingBehaviour<AddMessageCommand, AddMessageResult>),
            typeof(ValidationBehaviour<AddMessageCommand, AddMessageResult>),
            typeof(TransactionBehaviour<AddMessageCommand, AddMessageResult>),
            typeof(SlowRequestBehaviour<AddMessageCommand, AddMessageResult>),
        }));
    }

    [Test]
    public void EveryRequest_HasExactlyOneHandler()
    {
        var requests = RequestTypes().ToList();
        Assert.That(requests.Select(r => r.Request), Is.SupersetOf(new[]
        {
            typeof(AddMessageCommand), typeof(GetContextQuery), typeof(GetStatsQuery), typeof(RegisterStudentCommand),
        }));

        using (Assert.EnterMultipleScope())
        {
            foreach (var (request, response) in requests)
            {
                var handlerType = typeof(IRequestHandler<,>).MakeGenericType(request, response);
                Assert.That(_scope.ServiceProvider.GetServices(handlerType).ToList(), Has.Count.EqualTo(1), request.Name);
            }
        }
    }

    [Test]
    public void Validators_AreFoundByTheAssemblyScan()
    {
        var validatorTypes = Application.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && t.BaseType is { IsGenericType: true } b
                && b.GetGenericTypeDefinition() == typeof(AbstractValidator<>))
            .ToList();
        Assert.That(validatorTypes, Is.SupersetOf(new[]
        {
            typeof(AddMessageCommandValidator), typeof(RegisterStudentCommandValidator), typeof(GetContextQueryValidator),
            typeof(ClearContextCommandValidator), typeof(GetStatsQueryValidator), typeof(GetStudentStatsQueryValidator),
        }));

        using (Assert.EnterMultipleScope())
        {
            foreach (var validatorType in validatorTypes)
            {
                var validated = validatorType.BaseType!.GetGenericArguments()[0];
                var registered = _scope.ServiceProvider.GetServices(typeof(IValidator<>).MakeGenericType(validated));
                Assert.That(registered.Select(v => v!.GetType()), Is.EqualTo(new[] { validatorType }), validatorType.Name);
            }
        }
    }

    [Test]
    public async Task InvalidCommand_IsRefusedBeforeATransactionIsOpened()
    {
        var mediator = _scope.ServiceProvider.GetRequiredService<IMediator>();
        var transactions = _scope.ServiceProvider.GetRequiredService<IDatabaseTransactions>();

        var exception = Assert.ThrowsAsync<ValidationException>(() => mediator.Send(AddMessageCommand.FromStudent(1, "   ")));

        Assert.That(exception.Errors.Keys, Is.EqualTo(new[] { nameof(AddMessageCommand.Text) }));
        await transactions.DidNotReceive().BeginWriteAsync(Arg.Any<CancellationToken>());
        Assert.That(_scope.ServiceProvider.GetRequiredService<ITutorBotDbContext>().ReceivedCalls(), Is.Empty);
    }

    private static IEnumerable<(Type Request, Type Response)> RequestTypes() =>
        Application.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false })
            .SelectMany(t => t.GetInterfaces()
                .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequest<>))
                .Select(i => (t, i.GetGenericArguments()[0])));
}
