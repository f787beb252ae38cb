using FluentValidation;
using TutorBot.Application.Conversations.AddMessage;
using TutorBot.Application.Conversations.ClearContext;
using TutorBot.Application.Conversations.GetContext;
using TutorBot.Application.Students.GetStudentStats;
using TutorBot.Application.Students.RegisterStudent;
using TutorBot.Domain.Conversations;

namespace TutorBot.Application.Tests.Unit.Validation;

/// <summary>Every request that names a student refuses an id that cannot be one, with the same words.</summary>
public sealed class StudentIdRuleTests
{
    private const string Message = "A student id is a positive whole number.";

    private static IEnumerable<TestCaseData> Requests()
    {
        yield return Case(new ClearContextCommandValidator(), id => new ClearContextCommand(id));
        yield return Case(new GetStudentStatsQueryValidator(), id => new GetStudentStatsQuery(id));
        yield return Case(new GetContextQueryValidator(), id => new GetContextQuery(id));
        yield return Case(new RegisterStudentCommandValidator(), id => new RegisterStudentCommand(id));
        yield return Case(new AddMessageCommandValidator(ConversationLimits.Default), id => AddMessageCommand.FromStudent(id, "A fine message"));
    }

    [TestCaseSource(nameof(Requests))]
    public void Validate_WhenStudentIdNotPositive_IsRejected(IValidator validator, Func<long, object> request)
    {
        foreach (var id in new[] { 0L, -1L, long.MinValue })
        {
            var result = validator.Validate(new ValidationContext<object>(request(id)));

            Assert.That(result.Errors.Select(e => (e.PropertyName, e.ErrorMessage)),
                Is.EqualTo(new[] { ("StudentId", Message) }), $"student id {id}");
        }
    }

    [TestCaseSource(nameof(Requests))]
    public void Validate_WhenStudentIdPositive_Passes(IValidator validator, Func<long, object> request)
    {
        foreach (var id in new[] { 1L, long.MaxValue })
        {
            var result = validator.Validate(new ValidationContext<object>(request(id)));

            Assert.That(result.Errors, Is.Empty, $"student id {id}");
        }
    }

    private static TestCaseData Case<T>(IValidator<T> validator, Func<long, T> request)
        where T : notnull =>
        new TestCaseData(validator, (Func<long, object>)(id => request(id))).SetArgDisplayNames(typeof(T).Name);
}
