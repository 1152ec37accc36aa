import { Icon } from './icons';
import { useNotices, useWorkspace } from './workspaceHooks';
import './Notices.css';

/**
 * Errors (role="alert", stay until dismissed), notices (role="status", fade) and questions (buttons, no dismiss)
 * at the foot of the window.
 */
export function Notices() {
  const notices = useNotices();
  const { dismiss, hold, release } = useWorkspace().notices;
  return (
    <div className="notices">
      {notices.map((notice) => (
        <div
          key={notice.id}
          className={`notice notice-${notice.kind}`}
          role={notice.kind === 'error' ? 'alert' : 'status'}
          onPointerEnter={() => hold(notice.id)}
          onPointerLeave={() => release(notice.id)}
          onFocus={() => hold(notice.id)}
          onBlur={() => release(notice.id)}
        >
          <div className="notice-body">
            <p className="notice-title">{notice.title}</p>
            {notice.details.length > 0 && (
              <ul className="notice-details">
                {notice.details.map((detail, i) => (
                  <li key={i}>{detail}</li>
                ))}
              </ul>
            )}
          </div>
          {notice.action && (
            <button
              type="button"
              className="notice-action"
              onClick={() => {
                notice.action!.run();
                dismiss(notice.id);
              }}
            >
              {notice.action.label}
            </button>
          )}
          {notice.choices ? (
            <div className="notice-choices">
              {notice.choices.map((choice) => (
                <button
                  key={choice.label}
                  type="button"
                  className="notice-action"
                  onClick={() => {
                    dismiss(notice.id);
                    choice.run();
                  }}
                >
                  {choice.label}
                </button>
              ))}
            </div>
          ) : (
            <button
              type="button"
              className="icon-button"
              aria-label="Dismiss"
              title="Dismiss"
              onClick={() => dismiss(notice.id)}
            >
              <Icon name="close" />
            </button>
          )}
        </div>
      ))}
    </div>
  );
}
