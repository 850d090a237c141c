import { useId, type Ref } from 'react'

/** One field of the credentials form, with its hint and, once checked, its own problem. */
export function CredentialInput({
  name,
  label,
  value,
  problem,
  hint,
  secret = false,
  inputRef,
  onChange,
}: {
  name: string
  label: string
  value: string
  problem: string | undefined
  hint?: string
  secret?: boolean
  inputRef: Ref<HTMLInputElement>
  onChange: (value: string) => void
}) {
  const id = useId()
  const hintId = `${id}-hint`
  const problemId = `${id}-problem`
  const describedBy = [hint ? hintId : null, problem ? problemId : null].filter(Boolean).join(' ')
  return (
    <div className="form-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        ref={inputRef}
        name={name}
        type={secret ? 'password' : 'text'}
        inputMode={secret ? undefined : 'numeric'}
        autoComplete="off"
        spellCheck={false}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={problem ? true : undefined}
        aria-describedby={describedBy || undefined}
      />
      {hint && (
        <p id={hintId} className="note">
          {hint}
        </p>
      )}
      {problem && (
        <p id={problemId} className="field-error">
          {problem}
        </p>
      )}
    </div>
  )
}
