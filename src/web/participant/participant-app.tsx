import { useState } from 'preact/hooks';
import { JoinForm } from './join-form.tsx';
import { clearJoin, codeFromPath, loadJoin, type StoredJoin } from './join-store.ts';
import { LiveView } from './live-view.tsx';
import { lang, t } from './texts.ts';

/** Routes: /:lang/join shows the join form; /:lang/join/:code skips it when a token is stored. */
export function ParticipantApp() {
  const [code, setCode] = useState(codeFromPath);
  const [join, setJoin] = useState<StoredJoin | null>(() => loadJoin(code));
  const [notice, setNotice] = useState<string | null>(null);

  if (join) {
    return (
      <LiveView
        key={join.token}
        join={join}
        code={code}
        onLost={() => {
          clearJoin(code);
          setJoin(null);
          setNotice(t('join.lost'));
        }}
      />
    );
  }
  return (
    <JoinForm
      initialCode={code}
      notice={notice}
      onJoined={(c, j) => {
        history.replaceState(null, '', `/${lang}/join/${c}`);
        setCode(c);
        setJoin(j);
      }}
    />
  );
}
