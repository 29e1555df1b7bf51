import type { ComponentChildren } from 'preact';
import { navigate } from './route.ts';

/** An ordinary link that navigates inside the app without reloading (history.pushState). */
export function Link(props: { href: string; class?: string; children: ComponentChildren; 'aria-current'?: 'page'; 'aria-label'?: string }) {
  const onClick = (e: MouseEvent) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(props.href);
  };
  return (
    <a href={props.href} class={props.class} aria-current={props['aria-current']} aria-label={props['aria-label']} onClick={onClick}>
      {props.children}
    </a>
  );
}
