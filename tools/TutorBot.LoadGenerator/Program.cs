using TutorBot.LoadGenerator;

return await LoadCommand.RunAsync(args);
