import type { Backend, CommandError, GridItem } from "../src/backend";

/** A backend that answers from memory and records what the page asked for. */
export class FakeBackend implements Backend {
  folders = new Map<string, GridItem[] | CommandError>();
  startup: string | null = null;
  picked: string | null = null;
  problems = new Map<string, CommandError>();
  listed: string[] = [];
  dialogTitles: string[] = [];

  listFolder(path: string): Promise<GridItem[]> {
    this.listed.push(path);
    const answer = this.folders.get(path);
    if (answer === undefined) {
      return Promise.reject({ code: "folder-unreadable", message: `${path}: not there` });
    }
    return Array.isArray(answer) ? Promise.resolve(answer) : Promise.reject(answer);
  }

  startupFolder(): Promise<string | null> {
    return Promise.resolve(this.startup);
  }

  chooseFolder(title: string): Promise<string | null> {
    this.dialogTitles.push(title);
    return Promise.resolve(this.picked);
  }

  thumbnailUrl(token: string): string {
    return `thumb://localhost/${token}`;
  }

  thumbnailProblem(token: string): Promise<CommandError> {
    return Promise.resolve(this.problems.get(token) ?? { code: "unknown", message: "" });
  }
}

export function photo(name: string, token = `t-${name}`): GridItem {
  return { token, name, kind: "photo", problem: null };
}

export function video(name: string, token = `t-${name}`): GridItem {
  return { token, name, kind: "video", problem: null };
}

/** Lets pending promise callbacks run. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await Promise.resolve();
  }
  await new Promise((resolve) => setTimeout(resolve, 0));
}
