import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FEEDBACK_PROMPTS,
  answerControl,
  answerFieldControl,
  answerProblems,
  answeredPrompts,
  isDefaultProtocol,
  promptControl,
  promptFieldControl,
  promptProblems,
} from './feedback';

describe('feedback', () => {
  it('says the backend’s problems with the prompts before a round trip', () => {
    expect(promptProblems(['I notice', ' ', 'x'.repeat(81)]), 'blank and too long, by field').toEqual({
      'prompts.1': "Prompt 2 can't be blank.",
      'prompts.2': 'Prompt 3 is longer than 80 characters.',
    });
    expect(promptProblems([...DEFAULT_FEEDBACK_PROMPTS]), 'the defaults are fine').toEqual({});
    expect(promptProblems(['é'.repeat(80), 'a', 'b']), '80 characters, not bytes, is the limit').toEqual({});
  });

  it('refuses only all-blank answers, on answers.0 like the backend', () => {
    expect(answerProblems(['', ' ', ''])).toEqual({ 'answers.0': 'Write something for at least one prompt.' });
    expect(answerProblems(['', '', 'Add a title']), 'some may stay blank').toEqual({});
  });

  it('maps refused fields to their controls, anything else to the banner', () => {
    expect(promptFieldControl('prompts.2')).toBe(promptControl(2));
    expect(promptFieldControl('prompts'), 'the count goes to the banner').toBeNull();
    expect(answerFieldControl('a-1')('answers.1')).toBe(answerControl('a-1', 1));
    expect(answerFieldControl('a-1')(undefined)).toBeNull();
  });

  it('knows the default protocol, whatever the spaces', () => {
    expect(isDefaultProtocol([' I notice', 'I wonder ', 'A next step could be'])).toBe(true);
    expect(isDefaultProtocol(['I notice', 'I wonder', 'Try'])).toBe(false);
  });

  it('pairs each answer with its prompt and leaves blank answers out', () => {
    expect(answeredPrompts({ prompts: ['A', 'B', 'C'], answers: ['one', ' ', 'three'] })).toEqual([
      { prompt: 'A', answer: 'one' },
      { prompt: 'C', answer: 'three' },
    ]);
  });
});
