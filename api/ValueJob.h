#pragma once

#include "ApiJob.h"

// A job that produces one value of type T (a BotStatusEntry, a list of
// channels...). value() is meaningful when hasValue(); with partial data a
// job can have both a value and an error.
//
//     auto *job = api->toggle(id, Platform::Twitch, false);
//     connect(job, &ApiJob::finished, this, [job](const ApiError &error) {
//         if (job->hasValue()) use(job->value()); else show(error);
//     });
//
// A template cannot carry Q_OBJECT; it adds no signals, so it needs none.
template<typename T>
class ValueJob final : public ApiJob
{
public:
    explicit ValueJob(QObject *parent)
        : ApiJob(parent)
    { }

    bool hasValue() const noexcept { return m_hasValue; }
    const T &value() const noexcept { return m_value; }

    // For services: store the result before finish().
    void setValue(T value)
    {
        m_value = std::move(value);
        m_hasValue = true;
    }
    using ApiJob::finish;
    using ApiJob::finishLater;
    using ApiJob::report;
    using ApiJob::track;

private:
    T m_value {};
    bool m_hasValue = false;
};
