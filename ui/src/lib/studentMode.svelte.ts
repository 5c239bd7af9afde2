// Whether the laptop is in student mode. Set by the student's page when the teacher hands
// the laptop over, by the shell at startup (the backend remembers across a restart), and
// cleared by the student-mode screen once the teacher's PIN is accepted.
export const studentMode = $state<{ on: boolean }>({ on: false });
