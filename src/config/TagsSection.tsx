import { useStudio } from "../store/StudioContext";
import { ConfigSection } from "./ConfigSection";
import { addTag, checkTag, removeTag, updateTag } from "./model/tags";
import { SeverityIcon } from "../diagnostics/SeverityIcon";

/** Key/value tags (seed L11608-L11609). */
export function TagsSection() {
  const tags = useStudio((s) => s.config.tags);
  const setConfig = useStudio((s) => s.setConfig);
  return (
    <ConfigSection title="Tags" description="Key/value labels for cost allocation and access control.">
      {tags.length > 0 && (
        <table className="tags-table">
          <thead>
            <tr>
              <th scope="col">Key</th>
              <th scope="col">Value</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {tags.map((tag, i) => {
              const problems = checkTag(tags, i);
              return (
                <tr key={i} data-testid="tag-row">
                  <td>
                    <input className="config-input" type="text" aria-label={`Tag ${i + 1} key`} aria-invalid={problems.key !== undefined} value={tag.key} onChange={(e) => setConfig({ tags: updateTag(tags, i, { key: e.target.value }) })} />
                    {problems.key && (
                      <span className="config-message" data-severity="error" data-testid="config-message">
                        <SeverityIcon severity="error" />
                        {problems.key}
                      </span>
                    )}
                  </td>
                  <td>
                    <input className="config-input" type="text" aria-label={`Tag ${i + 1} value`} aria-invalid={problems.value !== undefined} value={tag.value} onChange={(e) => setConfig({ tags: updateTag(tags, i, { value: e.target.value }) })} />
                    {problems.value && (
                      <span className="config-message" data-severity="error" data-testid="config-message">
                        <SeverityIcon severity="error" />
                        {problems.value}
                      </span>
                    )}
                  </td>
                  <td>
                    <button type="button" className="config-button is-quiet" aria-label={`Remove tag ${i + 1}`} onClick={() => setConfig({ tags: removeTag(tags, i) })}>
                      Remove
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <button type="button" className="config-button" onClick={() => setConfig({ tags: addTag(tags) })}>
        Add new tag
      </button>
    </ConfigSection>
  );
}
